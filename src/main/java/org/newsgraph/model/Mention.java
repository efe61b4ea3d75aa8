package org.newsgraph.model;

/**
 * A typed span of an article's text.
 *
 * @param method the recogniser that found it (recorded as provenance)
 * @param confidence 0..1, the recogniser's own estimate
 */
public record Mention(Span span, MentionType type, String text, String method, double confidence) {

    public Mention {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty mention text");
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
