package org.newsgraph.model;

/** An administrative division a paper reports for, e.g. 太原市 (GB/T 2260 code 140100). */
public record Jurisdiction(String code, String name) {

    public static final Jurisdiction NONE = new Jurisdiction("", "");

    public boolean isKnown() {
        return !code.isEmpty();
    }
}
