package org.newsgraph.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Jurisdiction;

/**
 * A directory's {@code manifest.json}: publisher, home jurisdiction and each page's publication date.
 *
 * <pre>{"publisher": "太原日报", "jurisdiction": {"name": "太原市", "code": "140100"},
 *  "pages": [{"file": "000_….txt", "published": "2021-10-28", "evidence": "…"}]}</pre>
 */
public record Manifest(String publisher, Jurisdiction jurisdiction, Map<String, LocalDate> published) {

    public static final String FILE_NAME = "manifest.json";

    public static final Manifest NONE = new Manifest("", Jurisdiction.NONE, Map.of());

    public Manifest {
        published = Map.copyOf(published);
    }

    /** Reads the manifest beside a page, if there is one. */
    public static Manifest forDirectory(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        return parse(file.toString(), Files.readAllBytes(file));
    }

    /** Parses a manifest's bytes, however they were fetched; {@code name} names the file in errors. */
    public static Manifest parse(String name, byte[] json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode j = root.path("jurisdiction");
        Map<String, LocalDate> dates = new HashMap<>();
        for (JsonNode page : root.path("pages")) {
            try {
                ArticleMeta meta = ArticleMeta.parse(page, name + ": page " + page.path("file").asText(), Jurisdiction.NONE);
                if (meta.published() != null) {
                    dates.put(page.path("file").asText(), meta.published());
                }
            } catch (ArticleMeta.BadField e) {
                throw new IOException(e.getMessage());
            }
        }
        ArticleMeta paper = ArticleMeta.parse(root, name, Jurisdiction.NONE);
        return new Manifest(paper.publisher(), paper.jurisdiction(), dates);
    }

    public Optional<LocalDate> publishedOf(String fileName) {
        return Optional.ofNullable(published.get(fileName));
    }
}
