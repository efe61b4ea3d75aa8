package org.newsgraph.extract.ner;

import java.util.List;

/**
 * A sentence as code points with one BIO label per code point (B-PERSON, I-PERSON, O, …): training data.
 *
 * @param domain the corpus it comes from (pd98, cluener); corpora follow different guidelines, and the
 *               tagger learns their differences apart from what they share
 */
public record TaggedSentence(int[] chars, String[] labels, String domain) {

    public TaggedSentence {
        if (chars.length != labels.length) {
            throw new IllegalArgumentException("chars and labels differ in length");
        }
    }

    /** Builds the BIO labels for a text from entity spans (code points, end exclusive) and types. */
    public static TaggedSentence of(String text, List<int[]> spans, List<String> types, String domain) {
        int[] cps = text.codePoints().toArray();
        String[] labels = new String[cps.length];
        java.util.Arrays.fill(labels, "O");
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (s[0] < 0 || s[1] > cps.length || s[0] >= s[1]) {
                continue;
            }
            boolean free = true;
            for (int k = s[0]; k < s[1]; k++) {
                free &= labels[k].equals("O");
            }
            if (!free) {
                continue; // overlapping gold (CLUENER has a few): keep the first
            }
            labels[s[0]] = "B-" + types.get(i);
            for (int k = s[0] + 1; k < s[1]; k++) {
                labels[k] = "I-" + types.get(i);
            }
        }
        return new TaggedSentence(cps, labels, domain);
    }
}
