package org.newsgraph.extract.ner;

/**
 * The 64-bit hash of a feature string (FNV-1a over its UTF-16 units), computed part by part so that the
 * hash of {@code "p1c0=" + p1 + c0} needs no concatenation. Equal strings have equal hashes however they
 * are split into parts; with about a million features a collision has odds of about 10⁻⁷.
 */
final class FeatureHash {

    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long fold(long h, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    static long of(String s) {
        return fold(START, s);
    }
}
