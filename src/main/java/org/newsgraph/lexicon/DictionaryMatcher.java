package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * A trie node: its children by code point (sorted keys, binary search: no boxing on the hot path),
     * and the value of the word ending here (or null). The roots, asked at every character and with
     * thousands of children, also index their BMP children directly.
     */
    private static final class Node<V> {
        private static final int[] NO_KEYS = new int[0];

        private int[] keys = NO_KEYS;
        private Node<V>[] kids;
        private Node<V>[] direct;
        private V value;

        @SuppressWarnings("unchecked")
        static <V> Node<V> root() {
            Node<V> root = new Node<>();
            root.direct = new Node[Character.MAX_VALUE + 1];
            return root;
        }

        Node<V> child(int cp) {
            if (direct != null && cp <= Character.MAX_VALUE) {
                return direct[cp];
            }
            int i = java.util.Arrays.binarySearch(keys, cp);
            return i < 0 ? null : kids[i];
        }

        @SuppressWarnings("unchecked")
        Node<V> childOrNew(int cp) {
            int i = java.util.Arrays.binarySearch(keys, cp);
            if (i >= 0) {
                return kids[i];
            }
            int at = -i - 1;
            int n = keys.length;
            int[] k = new int[n + 1];
            Node<V>[] c = new Node[n + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(keys, at, k, at + 1, n - at);
            if (n > 0) {
                System.arraycopy(kids, 0, c, 0, at);
                System.arraycopy(kids, at, c, at + 1, n - at);
            }
            k[at] = cp;
            c[at] = new Node<>();
            keys = k;
            kids = c;
            if (direct != null && cp <= Character.MAX_VALUE) {
                direct[cp] = c[at];
            }
            return c[at];
        }
    }

    private final Node<V> forward = Node.root();
    private final Node<V> backward = Node.root();

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
