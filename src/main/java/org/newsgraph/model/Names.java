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

    /**
     * The name as one spelling: compact and without the separators of transliterated names, which papers
     * write differently in one article (马克-戴萨姆, 马克·戴萨姆).
     */
    public static String spelling(String name) {
        return NAME_JOINS.matcher(compact(name)).replaceAll("");
    }
}
