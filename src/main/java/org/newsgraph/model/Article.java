package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One article: the unit of extraction, of provenance and of the store (one named graph each).
 *
 * @param id stable identifier, e.g. {@code 000_3a58ff20b968069e-03}; becomes part of IRIs
 * @param text the article text; every offset about this article counts code points into it
 * @param published publication date; relative dates are resolved against it
 * @param dateInferred true when {@code published} was worked out from the text, not given
 * @param publisher the paper, e.g. 太原日报; empty when unknown
 * @param jurisdiction the paper's home division, used to resolve 市/县 short forms
 * @param source where the article came from, with its span in the page when it was split from one
 * @param sections structure of the article (headline, dateline, body, byline, …), spans into {@code text}
 * @param headlineElsewhere the headline when the page layout printed it apart from the article's text
 *                          (so it is not in {@code text}); empty otherwise
 */
public record Article(String id, String text, LocalDate published, boolean dateInferred,
                      String publisher, Jurisdiction jurisdiction, Source source, List<Section> sections,
                      String headlineElsewhere) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        publisher = publisher == null ? "" : publisher;
        sections = List.copyOf(sections);
        headlineElsewhere = headlineElsewhere == null ? "" : headlineElsewhere;
    }

    /** An article whose headline, if any, is in its text. */
    public Article(String id, String text, LocalDate published, boolean dateInferred, String publisher,
                   Jurisdiction jurisdiction, Source source, List<Section> sections) {
        this(id, text, published, dateInferred, publisher, jurisdiction, source, sections, "");
    }

    /**
     * The headline lines (kicker, headline, subheadline) joined by spaces, or the headline printed
     * elsewhere on the page; empty when there is none.
     */
    public String headline() {
        String inText = String.join(" ", sections.stream().filter(s -> s.kind() == Section.Kind.HEADLINE)
                .map(s -> Text.slice(text, s.span()).replace("**", "").strip()).toList());
        return inText.isEmpty() ? headlineElsewhere : inText;
    }

    /**
     * The key under which a person named in this article is looked up in other articles: the
     * jurisdiction code and the name without padding spaces ({@code 140100/陈博}); the name alone when the
     * article has no home jurisdiction (national news is not resolved inside any one place).
     */
    public String personKey(Mention person) {
        String name = Names.compact(person.text());
        return jurisdiction.isKnown() ? jurisdiction.code() + "/" + name : name;
    }

    /** The publishing organisation's name: the paper plus 社 (太原日报 → 太原日报社); empty when unknown. */
    public String publisherOrganization() {
        return publisher.isEmpty() || publisher.endsWith("社") ? publisher : publisher + "社";
    }

    /** Where an article came from: a file (and the article's span in that page), or a JSON Lines record. */
    public record Source(String file, Span pageSpan, Integer line) {
    }
}
