package org.newsgraph.model;

import java.lang.ref.WeakReference;

/** Code-point views of strings: the one place that converts between code points and UTF-16. */
public final class Text {

    /**
     * The code-point lengths of the last long strings this thread measured. Extraction asks for lengths
     * and slices of the same article text once per mention; counting from the start each time is
     * quadratic in the article's length (minutes for a record of millions of characters), remembering is
     * not. Short strings are counted directly so that they do not push the article text out; the strings
     * are held weakly, so a huge record is not kept alive by the thread that measured it.
     */
    private static final ThreadLocal<Measured[]> MEASURED = ThreadLocal.withInitial(() -> new Measured[4]);
    private static final int REMEMBER_FROM = 1_024;

    private record Measured(WeakReference<String> text, int length) {
    }

    private Text() {
    }

    public static int length(String s) {
        if (s.length() < REMEMBER_FROM) {
            return s.codePointCount(0, s.length());
        }
        Measured[] known = MEASURED.get();
        for (Measured m : known) {
            if (m != null && m.text().get() == s) {
                return m.length();
            }
        }
        int n = s.codePointCount(0, s.length());
        System.arraycopy(known, 0, known, 1, known.length - 1);
        known[0] = new Measured(new WeakReference<>(s), n);
        return n;
    }

    /**
     * True when the ASCII ? at {@code i} stands for a character the text lost in a conversion of encodings
     * (主演周渝民、徐若?、谭咏麟): Chinese asks with the full-width ？, and this one stands between a Chinese
     * character and another, or a 、 or ，.
     */
    public static boolean isLostCharacter(int[] cps, int i) {
        return cps[i] == '?' && i > 0 && i + 1 < cps.length && Character.isIdeographic(cps[i - 1])
                && (Character.isIdeographic(cps[i + 1]) || "、，（(".indexOf(cps[i + 1]) >= 0);
    }

    /** The substring covered by a code-point span. */
    public static String slice(String s, Span span) {
        return slice(s, span.start(), span.end());
    }

    public static String slice(String s, int cpStart, int cpEnd) {
        // a long text without surrogate pairs (known from its remembered length) is sliced directly; a short
        // one is cheaper to walk than to measure first
        if (s.length() >= REMEMBER_FROM && length(s) == s.length()) {
            return s.substring(cpStart, cpEnd); // no surrogate pairs: code points are UTF-16 units
        }
        int from = s.offsetByCodePoints(0, cpStart);
        int to = s.offsetByCodePoints(from, cpEnd - cpStart);
        return s.substring(from, to);
    }

    /** Maps UTF-16 indices to code-point indices; build once per text, then look up in O(1). */
    public static int[] utf16ToCodePoint(String s) {
        int[] map = new int[s.length() + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i++) {
            map[i] = cp;
            if (!(Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))) {
                cp++;
            }
        }
        map[s.length()] = cp;
        return map;
    }
}
