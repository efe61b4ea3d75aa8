package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.util.List;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * The value of {@code ng:mention}: where in the article a node was read from and how, in one literal
 * instead of a NIF node of eight triples. Its lexical form is {@code SPANS METHOD CONFIDENCE}: the spans,
 * separated by commas, each {@code BEGIN-END-KIND} (code points, end exclusive; the kind is the mention
 * type, {@code TRIGGER} or {@code SENTENCE}); the recogniser or rule; the confidence as a decimal. A span
 * is also the local name of that mention's IRI ({@code …/article/ID/mention/20-23-PERSON}), so the two
 * name the same mention, and its text is {@code SUBSTR(nif:isString, BEGIN + 1, END - BEGIN)}.
 */
public final class MentionRecord {

    /** The kind of span of the sentence that reports an event. */
    public static final String SENTENCE = "SENTENCE";

    private MentionRecord() {
    }

    /** {@code BEGIN-END-TYPE} of a mention. */
    public static String span(Mention m) {
        return m.start() + "-" + m.end() + "-" + m.type().name();
    }

    /** {@code BEGIN-END-KIND} of a span of another kind. */
    public static String span(Span s, String kind) {
        return s.start() + "-" + s.end() + "-" + kind;
    }

    /** The record's lexical form. */
    public static String of(List<String> spans, String method, double confidence) {
        return String.join(",", spans) + " " + method + " " + BigDecimal.valueOf(confidence).toPlainString();
    }
}
