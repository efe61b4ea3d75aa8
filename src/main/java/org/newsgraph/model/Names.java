package org.newsgraph.model;

/** Person names as keys: bylines pad two-character names with spaces (刘 涛, 刘\u3000涛); keys never do. */
public final class Names {

    private Names() {
    }

    /** The name without padding spaces, ASCII or ideographic: 刘 涛 → 刘涛. */
    public static String compact(String name) {
        return name.replace(" ", "").replace("\u3000", "");
    }
}
