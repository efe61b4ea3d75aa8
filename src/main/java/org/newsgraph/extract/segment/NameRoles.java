package org.newsgraph.extract.segment;

/**
 * How often a character plays each role around Chinese personal names in the corpus behind HanLP's
 * person-name dictionary ({@code data/dictionary/person/nr.txt}, the People's Daily 1998 roles of HanLP's
 * name recogniser): B surname, C/D first/second character of a two-character given name, E a one-character
 * given name, L the character after a name. The counts come through {@link HanlpSegmenter}; immutable.
 */
public final class NameRoles {

    /** The roles this class reports on, with HanLP's letter for each. */
    public enum Role {
        SURNAME("B"), GIVEN_FIRST("C"), GIVEN_SECOND("D"), GIVEN_SINGLE("E"), AFTER_NAME("L");

        final String hanlp;

        Role(String hanlp) {
            this.hanlp = hanlp;
        }
    }

    private final HanlpSegmenter hanlp;

    public NameRoles(HanlpSegmenter hanlp) {
        this.hanlp = hanlp;
    }

    /** Log probability of the character in that role, add-half smoothed; characters unseen in a role get the floor. */
    public double logEmission(int cp, Role role) {
        return Math.log((hanlp.nameRoleCount(new String(Character.toChars(cp)), role.hanlp) + 0.5)
                / (hanlp.nameRoleTotal(role.hanlp) + 1.0));
    }

    /** Log probability that role {@code to} follows role {@code from} in the same corpus. */
    public double logTransition(Role from, Role to) {
        return Math.log((hanlp.nameRoleTransitions(from.hanlp, to.hanlp) + 0.5) / (hanlp.nameRoleTotal(from.hanlp) + 1.0));
    }
}
