package org.newsgraph.extract;

import org.newsgraph.extract.segment.NameRoles;
import org.newsgraph.extract.segment.NameRoles.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Repairs Chinese personal names read one character short (高允|连创大业, 刘仁|学、范军): surname + one
 * character followed by a Han character becomes surname + two when the name-role statistics ({@link NameRoles})
 * make the reading "second character of a two-character given name" likelier than "given name, then the next
 * word" by a margin, and the segmenter does not start a longer word with that character (许南|博士, 李正|发自,
 * 吴哥|齐名 stay as they are), nor when the character is all that stands before another name (丁伟|胜|吴肇毅). Conversely surname + two whose last character starts a word is cut to two unless
 * the longer reading is clearly likelier (孙晶|孙女士, 杨佳|袭警案). Given names that stand for a withheld one
 * (杨某) are complete. A surname with an infix (the 氏 of Vietnamese names: 阮氏|金银) takes its given name.
 */
public final class GivenNames {

    /** See {@link #usual}: about one name in a thousand has a rarer character (People's Daily 1998 roles). */
    private static final double USUAL_FLOOR = -7.0;

    private final NameRoles roles;
    private final Predicate<String> surname;
    private final Predicate<String> isWord;
    private final Set<Integer> placeholders;
    private final Set<Integer> infixes;
    private final double margin;
    private final double cut;

    /**
     * @param surname      true for a one-character surname
     * @param isWord       true for a word of the segmenter's dictionary (亮相)
     * @param placeholders given names that stand for a withheld name (某)
     * @param margin       log-odds by which surname + two given characters must win before a name is read on
     * @param cut          log-odds below which a three-character name whose last character starts a word is
     *                     cut to two (the segmenter's word counts as evidence for the shorter reading)
     */
    public GivenNames(NameRoles roles, Predicate<String> surname, Predicate<String> isWord, Set<Integer> placeholders,
                      Set<Integer> infixes, double margin, double cut) {
        this.roles = roles;
        this.surname = surname;
        this.isWord = isWord;
        this.placeholders = Set.copyOf(placeholders);
        this.infixes = Set.copyOf(infixes);
        this.margin = margin;
        this.cut = cut;
    }

    /** @param tokens the article's words (code-point spans) */
    public List<Mention> repair(String text, List<Mention> mentions, List<Token> tokens) {
        int[] cps = text.codePoints().toArray();
        Set<Integer> wordStarts = new HashSet<>();
        Set<Integer> singles = new HashSet<>();
        for (Token t : tokens) {
            (t.span().length() > 1 ? wordStarts : singles).add(t.span().start());
        }
        wordStarts.removeIf(i -> crossing(cps, i, singles));
        boolean[] taken = new boolean[cps.length];
        Set<Integer> personStarts = new HashSet<>();
        for (Mention m : mentions) {
            for (int k = Math.max(0, m.start()); k < Math.min(m.end(), cps.length); k++) {
                taken[k] = true;
            }
            if (m.type() == MentionType.PERSON) {
                personStarts.add(m.start());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int length = m.type() != MentionType.PERSON ? 0 : repairedLength(cps, m, taken, personStarts, wordStarts);
            out.add(length == 0 ? m : new Mention(new Span(m.start(), m.start() + length), m.type(),
                    new String(cps, m.start(), length), m.method(), m.confidence()));
        }
        return out;
    }

    /** The name's length once repaired, or 0 where it stays as read. */
    private int repairedLength(int[] cps, Mention m, boolean[] taken, Set<Integer> personStarts, Set<Integer> wordStarts) {
        int infixed = withInfix(cps, m, taken, personStarts);
        if (infixed > 0) {
            return infixed;
        }
        return readsOn(cps, m, taken, personStarts, wordStarts) ? 3 : endsInWord(cps, m, wordStarts) ? 2 : 0;
    }

    /**
     * The segmenter's two-character word at {@code i} leaves the next character alone where its own second
     * character and that one are a word (陈道|明亮|相 → 亮相): the word is a misreading, no evidence against a name.
     */
    private boolean crossing(int[] cps, int i, Set<Integer> singles) {
        return i + 3 <= cps.length && !singles.contains(i) && singles.contains(i + 2) && !singles.contains(i + 1)
                && isWord.test(new String(cps, i + 1, 2));
    }

    /** Surname + two characters, the last of which starts a word and is likelier the word's than the name's (李正发|自). */
    private boolean endsInWord(int[] cps, Mention m, Set<Integer> wordStarts) {
        int s = m.start();
        return m.end() - s == 3 && m.end() <= cps.length && surname.test(new String(cps, s, 1)) && han(cps, s, m.end())
                && wordStarts.contains(m.end() - 1) && odds(cps[s + 1], cps[s + 2]) < cut;
    }

    /**
     * Surname + one read on over the next character, unless that character is all that stands before another
     * person (丁伟|胜|吴肇毅); before a place or an organisation it may end the name (王耀强|乌审旗建设局).
     */
    private boolean readsOn(int[] cps, Mention m, boolean[] taken, Set<Integer> personStarts, Set<Integer> wordStarts) {
        int s = m.start();
        int next = m.end();
        return next - s == 2 && next < cps.length && surname.test(new String(cps, s, 1)) && han(cps, s, next + 1)
                && !placeholders.contains(cps[s + 1]) && !wordStarts.contains(next) && !taken[next]
                && !personStarts.contains(next + 1)
                && odds(cps[s + 1], cps[next]) > margin;
    }

    /**
     * The length of a name with an infix (阮氏, 邓氏玉) read on to its given name of one or two characters
     * (阮氏金银, 邓氏玉盛, 阮氏萍); 0 for other names. The given name is Vietnamese, so the segmenter's words
     * there are no evidence (邓氏玉|盛在); the name roles decide whether a second character is the name's.
     */
    private int withInfix(int[] cps, Mention m, boolean[] taken, Set<Integer> personStarts) {
        int s = m.start();
        int given = s + 2;
        if (m.end() - s < 2 || m.end() - s > 3 || !infixes.contains(cps[s + 1]) || !surname.test(new String(cps, s, 1))) {
            return 0;
        }
        int end = m.end();
        if (end == given && free(cps, given, taken, personStarts)) {
            end++;
        }
        if (end == given + 1 && free(cps, end, taken, personStarts) && odds(cps[given], cps[end]) > margin) {
            end++;
        }
        return end == m.end() ? 0 : end - s;
    }

    /** A Han character no other mention takes that does not start another person. */
    private static boolean free(int[] cps, int i, boolean[] taken, Set<Integer> personStarts) {
        return i < cps.length && Character.isIdeographic(cps[i]) && !taken[i] && !personStarts.contains(i);
    }

    /**
     * A one-character surname and a given name whose characters HanLP's name corpus often has in those places
     * (log probability at least {@link #USUAL_FLOOR}: 汪【洋】 −5.4, 高【峰】 −4.3; not 方【面】 −12.2, 高【度】 −11.1).
     */
    public boolean usual(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length < 2 || cps.length > 3 || !surname.test(new String(cps, 0, 1))) {
            return false;
        }
        return cps.length == 2 ? roles.logEmission(cps[1], Role.GIVEN_SINGLE) >= USUAL_FLOOR
                : roles.logEmission(cps[1], Role.GIVEN_FIRST) >= USUAL_FLOOR
                        && roles.logEmission(cps[2], Role.GIVEN_SECOND) >= USUAL_FLOOR;
    }

    /** Log-odds of surname + Y + Z as one name against surname + Y followed by Z. */
    private double odds(int y, int z) {
        double three = roles.logTransition(Role.SURNAME, Role.GIVEN_FIRST) + roles.logEmission(y, Role.GIVEN_FIRST)
                + roles.logTransition(Role.GIVEN_FIRST, Role.GIVEN_SECOND) + roles.logEmission(z, Role.GIVEN_SECOND);
        double two = roles.logTransition(Role.SURNAME, Role.GIVEN_SINGLE) + roles.logEmission(y, Role.GIVEN_SINGLE)
                + roles.logTransition(Role.GIVEN_SINGLE, Role.AFTER_NAME) + roles.logEmission(z, Role.AFTER_NAME);
        return three - two;
    }

    private static boolean han(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isIdeographic(cps[i])) {
                return false;
            }
        }
        return true;
    }
}
