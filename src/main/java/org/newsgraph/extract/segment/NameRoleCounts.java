package org.newsgraph.extract.segment;

/**
 * How often a character was seen in each role of a Chinese personal name (HanLP's roles B, C, D, E) and
 * around names (K, L, M: the word before, after or between two names).
 */
public record NameRoleCounts(int surname, int firstOfGiven, int lastOfGiven, int singleGiven, int aroundNames) {

    /** True when the character is used in that role more often than as the words around names. */
    public boolean mostly(int roleCount) {
        return roleCount > aroundNames;
    }
}
