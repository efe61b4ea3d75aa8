package org.newsgraph.model;

/** Code-point views of strings: the one place that converts between code points and UTF-16. */
public final class Text {

    private Text() {
    }

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The substring covered by a code-point span. */
    public static String slice(String s, Span span) {
        return slice(s, span.start(), span.end());
    }

    public static String slice(String s, int cpStart, int cpEnd) {
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
