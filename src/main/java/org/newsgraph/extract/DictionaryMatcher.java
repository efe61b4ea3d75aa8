package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Span;

/**
 * Finds occurrences of a set of words in a text, by code point, with a character trie: a look-up at a
 * position walks only as far as some word continues, and allocates nothing until it finds one. That
 * matters because every recogniser asks at every character of every article.
 */
public final class DictionaryMatcher<V> {

    /** One occurrence: where, the word, and the value stored for it. */
    public record Match<V>(Span span, String word, V value) {
    }

    /** A trie node: its children by code point, and the value of the word ending here (or null). */
    private static final class Node<V> {
        private Map<Integer, Node<V>> children;
        private V value;

        Node<V> child(int cp) {
            return children == null ? null : children.get(cp);
        }

        Node<V> childOrNew(int cp) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            return children.computeIfAbsent(cp, k -> new Node<>());
        }
    }

    private final Node<V> forward = new Node<>();
    private final Node<V> backward = new Node<>();

    /** Adds a word; the first value given for a word is kept. */
    public DictionaryMatcher<V> add(String word, V value) {
        int[] cps = word.codePoints().toArray();
        if (cps.length == 0) {
            return this;
        }
        Node<V> n = forward;
        for (int cp : cps) {
            n = n.childOrNew(cp);
        }
        if (n.value == null) {
            n.value = value;
            Node<V> b = backward;
            for (int i = cps.length - 1; i >= 0; i--) {
                b = b.childOrNew(cps[i]);
            }
            b.value = value;
        }
        return this;
    }

    /** All matches, possibly overlapping, by start then by decreasing length. */
    public List<Match<V>> findAll(String text) {
        int[] cps = text.codePoints().toArray();
        List<Match<V>> out = new ArrayList<>();
        List<Match<V>> here = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            Node<V> n = forward;
            for (int j = i; j < cps.length && (n = n.child(cps[j])) != null; j++) {
                if (n.value != null) {
                    here.add(new Match<>(new Span(i, j + 1), new String(cps, i, j + 1 - i), n.value));
                }
            }
            for (int k = here.size() - 1; k >= 0; k--) {
                out.add(here.get(k));
            }
            here.clear();
        }
        return out;
    }

    /** Every match starting exactly at code point {@code i}, shortest first. */
    public List<Match<V>> allAt(int[] cps, int i) {
        List<Match<V>> out = new ArrayList<>();
        Node<V> n = forward;
        for (int j = i; j < cps.length && (n = n.child(cps[j])) != null; j++) {
            if (n.value != null) {
                out.add(new Match<>(new Span(i, j + 1), new String(cps, i, j + 1 - i), n.value));
            }
        }
        return out;
    }

    /** The longest match starting exactly at code point {@code i}, or null. */
    public Match<V> longestAt(int[] cps, int i) {
        Node<V> n = forward;
        int end = -1;
        V value = null;
        for (int j = i; j < cps.length && (n = n.child(cps[j])) != null; j++) {
            if (n.value != null) {
                end = j + 1;
                value = n.value;
            }
        }
        return end < 0 ? null : new Match<>(new Span(i, end), new String(cps, i, end - i), value);
    }

    /** The longest match ending exactly at code point {@code end}, or null. */
    public Match<V> longestEndingAt(int[] cps, int end) {
        Node<V> n = backward;
        int start = -1;
        V value = null;
        for (int j = end - 1; j >= 0 && (n = n.child(cps[j])) != null; j--) {
            if (n.value != null) {
                start = j;
                value = n.value;
            }
        }
        return start < 0 ? null : new Match<>(new Span(start, end), new String(cps, start, end - start), value);
    }
}
