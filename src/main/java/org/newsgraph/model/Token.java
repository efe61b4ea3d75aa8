package org.newsgraph.model;

/** A word from segmentation, with HanLP's part-of-speech tag (nr person, ns place, nt organisation, …). */
public record Token(Span span, String text, String pos) {
}
