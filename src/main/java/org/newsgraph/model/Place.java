package org.newsgraph.model;

/**
 * A place mention resolved (when possible) to a GB/T 2260 division.
 *
 * @param code the division code, e.g. 140121 for 清徐县; empty when not an administrative division
 * @param name the canonical name, e.g. 清徐县 for the mention 清徐
 * @param kind what sort of place it is
 */
public record Place(Mention mention, String code, String name, Kind kind) {

    public enum Kind { ADMINISTRATIVE, NATURAL, ZONE, FACILITY, OTHER }

    public boolean resolved() {
        return !code.isEmpty();
    }
}
