package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** Plausibility checks for Chinese personal names: surname list and words that are never names. */
public final class PersonNames {

    /** Last characters of organisation and place names, which given names do not end with. */
    private static final String NOT_NAME_END = "团会部局区市县省委院所处室厅组队站村镇乡街路河湖港库场园馆校班巷";

    private final Set<String> surnames = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Predicate<String> commonWord;

    /**
     * @param commonWord true for words a dictionary knows as something other than a name (管控, 关于)
     */
    public PersonNames(Lexicons lexicons, Predicate<String> commonWord) {
        lexicons.rows("surnames.tsv", 1).forEach(r -> surnames.add(r[0]));
        lexicons.rows("not-names.tsv", 1).forEach(r -> notNames.add(r[0]));
        this.commonWord = commonWord;
    }

    /** A name of 2–4 Han characters (inner spaces, as in bylines 刘 涛, ignored) starting with a surname. */
    public boolean plausible(String name) {
        String compact = compact(name);
        int len = compact.codePointCount(0, compact.length());
        if (len < 2 || len > 4 || notNames.contains(compact) || commonWord.test(compact)
                || NOT_NAME_END.indexOf(compact.charAt(compact.length() - 1)) >= 0) {
            return false;
        }
        if (!compact.codePoints().allMatch(Character::isIdeographic)) {
            return false;
        }
        return hasSurname(compact);
    }

    public boolean hasSurname(String compact) {
        return surnames.contains(compact.substring(0, 1))
                || compact.length() >= 3 && surnames.contains(compact.substring(0, 2));
    }

    public boolean isNotName(String word) {
        return notNames.contains(compact(word));
    }

    public static String compact(String name) {
        return name.replace(" ", "").replace("\u3000", "");
    }
}
