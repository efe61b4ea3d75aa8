package org.newsgraph.extract;

import org.newsgraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Names;

/** Plausibility checks for Chinese personal names: surname list and words that are never names. */
public final class PersonNames {

    /** Last characters of organisation and place names, which given names do not end with. */
    private final Set<Integer> notNameEnd = new HashSet<>();
    /** What follows a word used as a noun or verb, never a name: 部门, 系统, 工作, 负责, 产业 … (file order). */
    private final List<String> nounContinuations = new ArrayList<>();

    /** Given names that stand for a withheld one (杨某). */
    private final Set<Integer> placeholders = new HashSet<>();
    private final Set<Integer> surnameInfixes = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Predicate<String> commonWord;

    /**
     * @param commonWord true for words a dictionary knows as something other than a name (管控, 关于)
     */
    public PersonNames(Lexicons lexicons, Predicate<String> commonWord) {
        lexicons.rows("surnames.tsv", 1).forEach(r -> surnames.add(r[0]));
        lexicons.rows("not-names.tsv", 1).forEach(r -> notNames.add(r[0]));
        for (String[] r : lexicons.rows("name-cues.tsv", 2)) {
            if (r[0].equals("not-name-end")) {
                r[1].codePoints().forEach(notNameEnd::add);
            } else if (r[0].equals("placeholder-given-name")) {
                r[1].codePoints().forEach(placeholders::add);
            } else if (r[0].equals("surname-infix")) {
                r[1].codePoints().forEach(surnameInfixes::add);
            } else if (r[0].equals("noun-continuation")) {
                nounContinuations.add(r[1]);
            }
        }
        this.commonWord = commonWord;
    }

    /** A name of 2–4 Han characters (inner spaces, as in bylines 刘 涛, ignored) starting with a surname. */
    public boolean plausible(String name) {
        return plausibleInForm(name) && !commonWord.test(Names.compact(name));
    }

    /** {@link #plausible} by its form alone, even where it is also a common word (汪洋, 高峰): for a name after a post. */
    public boolean plausibleInForm(String name) {
        String compact = Names.compact(name);
        int len = compact.codePointCount(0, compact.length());
        if (len < 2 || len > 4 || notNames.contains(compact)
                || notNameEnd.contains(compact.codePointBefore(compact.length()))) {
            return false;
        }
        if (!compact.codePoints().allMatch(Character::isIdeographic)) {
            return false;
        }
        return hasSurname(compact);
    }

    public boolean hasSurname(String compact) {
        int[] cps = compact.codePoints().toArray();
        return cps.length > 0 && surnames.contains(new String(cps, 0, 1))
                || cps.length >= 3 && surnames.contains(new String(cps, 0, 2));
    }

    /** A family name of two characters (欧阳, 上官), which the segmenter reads as a word of its own. */
    public boolean isCompoundSurname(String word) {
        return word.codePointCount(0, word.length()) == 2 && surnames.contains(word);
    }

    public Set<Integer> placeholderGivenNames() {
        return Set.copyOf(placeholders);
    }

    /** Characters written between surname and given name (阮【氏】金银). */
    public Set<Integer> surnameInfixes() {
        return Set.copyOf(surnameInfixes);
    }

    public boolean isNotName(String word) {
        return notNames.contains(Names.compact(word));
    }

    /**
     * Drops PERSON mentions whose text the same article also uses as an ordinary word, shown by what
     * follows it: 【卫健】部门, 【卫健】系统, 【包联】负责. A real name is not followed by such words.
     * One pass over the text per continuation word, whatever the number of names (a long record may have
     * thousands).
     */
    public List<Mention> dropWordsUsedAsNouns(String text, List<Mention> mentions) {
        Set<String> persons = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON && !m.text().contains(" ") && !m.text().isEmpty()) {
                persons.add(m.text());
            }
        }
        int longest = persons.stream().mapToInt(String::length).max().orElse(0);
        Set<String> nouns = new HashSet<>();
        for (String next : nounContinuations) {
            for (int i = text.indexOf(next); i >= 0; i = text.indexOf(next, i + 1)) {
                for (int len = 1; len <= Math.min(longest, i); len++) {
                    String before = text.substring(i - len, i);
                    if (persons.contains(before)) {
                        nouns.add(before);
                    }
                }
            }
        }
        return nouns.isEmpty() ? mentions
                : mentions.stream().filter(m -> m.type() != MentionType.PERSON || !nouns.contains(m.text())).toList();
    }
}
