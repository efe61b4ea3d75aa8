package org.newsgraph.model;

import java.util.regex.Pattern;

/** Person names as keys: bylines pad two-character names with spaces (刘 涛, 刘\u3000涛); keys never do. */
public final class Names {

    /** The joins of transliterated names, compiled once: spelling is asked for every participant. */
    private static final Pattern NAME_JOINS = Pattern.compile("[·\\-‧・•．]");

    private Names() {
    }

    /** The name without padding spaces, ASCII or ideographic: 刘 涛 → 刘涛. */
    public static String compact(String name) {
        return name.replace(" ", "").replace("\u3000", "");
    }

    /** The part after the last join of a transliterated name (辛格 of 曼莫汉·辛格); empty where there is none. */
    public static String lastPart(String name) {
        String c = compact(name);
        java.util.regex.Matcher m = NAME_JOINS.matcher(c);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end <= 1 || end >= c.length() ? "" : c.substring(end);
    }

    /**
     * The name as one spelling: compact and without the separators of transliterated names, which papers
     * write differently in one article (马克-戴萨姆, 马克·戴萨姆).
     */
    public static String spelling(String name) {
        return NAME_JOINS.matcher(compact(name)).replaceAll("");
    }
}
