package org.newsgraph.extract.segment;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;

/**
 * How often a character plays each role around Chinese personal names in the corpus behind HanLP's
 * person-name dictionary ({@code data/dictionary/person/nr.txt}, the People's Daily 1998 roles of HanLP's
 * name recogniser): B surname, C/D first/second character of a two-character given name, E a one-character
 * given name, L the character after a name. Read once per process by HanLP; immutable.
 */
public final class NameRoles {

    /** The roles this class reports on. */
    public enum Role { SURNAME, GIVEN_FIRST, GIVEN_SECOND, GIVEN_SINGLE, AFTER_NAME }

    private static final NR[] HANLP = {NR.B, NR.C, NR.D, NR.E, NR.L};

    /** Log probability of the character in that role, add-half smoothed; characters unseen in a role get the floor. */
    public double logEmission(int cp, Role role) {
        NR r = HANLP[role.ordinal()];
        var item = PersonDictionary.dictionary.get(new String(Character.toChars(cp)));
        Integer n = item == null ? null : item.labelMap.get(r);
        return Math.log(((n == null ? 0 : n) + 0.5) / (PersonDictionary.transformMatrixDictionary.getTotalFrequency(r) + 1.0));
    }

    /** Log probability that role {@code to} follows role {@code from} in the same corpus. */
    public double logTransition(Role from, Role to) {
        var m = PersonDictionary.transformMatrixDictionary;
        NR f = HANLP[from.ordinal()];
        return Math.log((m.getFrequency(f, HANLP[to.ordinal()]) + 0.5) / (m.getTotalFrequency(f) + 1.0));
    }
}
