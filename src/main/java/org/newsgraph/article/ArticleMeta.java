package org.newsgraph.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.newsgraph.model.Jurisdiction;

/**
 * What a record says about its article besides the text: publication date (and whether it was inferred
 * rather than given), publisher and jurisdiction. Parsed here, in one place, for manifests, JSON Lines
 * records and gold files alike.
 *
 * @param published null when neither given nor inferred
 */
public record ArticleMeta(LocalDate published, boolean publishedInferred, String publisher, Jurisdiction jurisdiction) {

    /** A field that is there but cannot be read, named for the error message. */
    public static final class BadField extends IllegalArgumentException {
        BadField(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code published}, {@code publisher} and {@code jurisdiction} from a JSON object. Without a
     * {@code published} the date is null and marked inferred (the caller may infer one); without a
     * jurisdiction the policy's fallback applies.
     *
     * @param what names the record in error messages ({@code record 17}, {@code manifest.json page 000.txt})
     * @throws BadField when {@code published} is not an ISO date
     */
    public static ArticleMeta parse(JsonNode node, String what, Jurisdiction fallback) {
        LocalDate published = node.hasNonNull("published") ? date(node.path("published").asText(), what) : null;
        return new ArticleMeta(published, published == null, node.path("publisher").asText(""),
                jurisdiction(node.path("jurisdiction"), fallback));
    }

    /** An ISO date, or an ISO date-time of which only the date counts (2021-10-28T08:00). */
    public static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new BadField(what + ": \"published\" is not an ISO date: " + text);
        }
    }

    /**
     * A jurisdiction given as a GB/T 2260 code ({@code "140100"}), a name ({@code "太原市"}) or both
     * ({@code {"code": …, "name": …}}); the fallback when absent or blank.
     */
    public static Jurisdiction jurisdiction(JsonNode j, Jurisdiction fallback) {
        if (j.isTextual() && !j.asText().isBlank()) {
            String v = j.asText().strip();
            return v.chars().allMatch(Character::isDigit) ? new Jurisdiction(v, "") : new Jurisdiction("", v);
        }
        if (j.isObject()) {
            return new Jurisdiction(j.path("code").asText(""), j.path("name").asText(""));
        }
        return fallback;
    }

    /** The same metadata with an inferred date in place of a missing one. */
    public ArticleMeta withInferredDate(LocalDate inferred) {
        return published != null ? this : new ArticleMeta(inferred, true, publisher, jurisdiction);
    }
}
