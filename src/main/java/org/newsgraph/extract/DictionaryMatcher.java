package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Span;

/**
 * Finds every occurrence of a set of words in a text, by code point; the longest word at each position
 * first. Hash look-ups over the few lengths that occur are fast enough for gazetteers of 50k names.
 */
public final class DictionaryMatcher<V> {

    /** One occurrence: where, the word, and the value stored for it. */
    public record Match<V>(Span span, String word, V value) {
    }

    private final Map<String, V> words = new HashMap<>();
    private int maxLength;
    private int minLength = Integer.MAX_VALUE;

    public DictionaryMatcher<V> add(String word, V value) {
        if (!word.isEmpty()) {
            words.putIfAbsent(word, value);
            int len = word.codePointCount(0, word.length());
            maxLength = Math.max(maxLength, len);
            minLength = Math.min(minLength, len);
        }
        return this;
    }

    /** All matches, possibly overlapping. */
    public List<Match<V>> findAll(String text) {
        int[] cps = text.codePoints().toArray();
        List<Match<V>> out = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            for (int len = Math.min(maxLength, cps.length - i); len >= minLength; len--) {
                String w = new String(cps, i, len);
                V v = words.get(w);
                if (v != null) {
                    out.add(new Match<>(new Span(i, i + len), w, v));
                }
            }
        }
        return out;
    }

    /** The longest match starting exactly at code point {@code i}, or null. */
    public Match<V> longestAt(int[] cps, int i) {
        for (int len = Math.min(maxLength, cps.length - i); len >= minLength; len--) {
            String w = new String(cps, i, len);
            V v = words.get(w);
            if (v != null) {
                return new Match<>(new Span(i, i + len), w, v);
            }
        }
        return null;
    }

    /** The longest match ending exactly at code point {@code end}, or null. */
    public Match<V> longestEndingAt(int[] cps, int end) {
        for (int len = Math.min(maxLength, end); len >= minLength; len--) {
            String w = new String(cps, end - len, len);
            V v = words.get(w);
            if (v != null) {
                return new Match<>(new Span(end - len, end), w, v);
            }
        }
        return null;
    }
}
