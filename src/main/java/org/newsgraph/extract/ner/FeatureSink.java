package org.newsgraph.extract.ner;

/**
 * Receives the features of a sentence, character by character. A feature is the concatenation of its
 * parts ({@code "p1c0=", "市", "委"} is the feature {@code p1c0=市委}); passing the parts instead of the
 * joined string lets the tagger hash them without building a string per feature.
 */
interface FeatureSink {

    /** The features that follow belong to the character at this position of the sentence. */
    void at(int position);

    void add(String a);

    void add(String a, String b);

    void add(String a, String b, String c);

    void add(String a, String b, String c, String d);
}
