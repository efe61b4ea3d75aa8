package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.TitleLexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Names after a role word (lexicon/person-roles.tsv: 分析师, 导演, 创始人). The segmenter often reads the role's
 * last character into the name (分析【师温彬】, 理财【师刘】): a person that starts on that character starts after
 * it when what is left is a name. A name in Latin letters right after a role or a title (副总裁Danny, 导演Ron) is
 * a person, which neither the model nor the title rule reads: both want Han characters; so is a name in
 * transliteration characters there (教练|雅|凯), which the title rule leaves as it wants a Chinese surname; and a
 * "place" there in transliteration characters that is no place HanLP knows is the holder's name (驻华大使【布兰斯
 * 塔德】, 总统【普京】): the model reads many transliterated names as places, and a post is not followed by a place.
 */
public final class RoleNames {

    public static final String METHOD = "role-rule";

    /** The longest transliterated name read after a role (名导弗朗西斯 is 4; compound names go on by joins later). */
    private static final int MAX_FOREIGN = 8;

    private final DictionaryMatcher<Boolean> roles = new DictionaryMatcher<>();
    private final DictionaryMatcher<TitleLexicon.Title> titles;
    private final Predicate<String> isName;
    private final ForeignNames foreign;
    private final Predicate<String> isKnownPlace;

    /**
     * @param isName whether what is left of a cut mention is still a name (a plausible Chinese one);
     * @param foreign the transliteration characters
     * @param isKnownPlace whether a word is a place of the segmenter's dictionaries
     */
    public RoleNames(List<String[]> rows, TitleLexicon titles, Predicate<String> isName, ForeignNames foreign,
                     Predicate<String> isKnownPlace) {
        rows.forEach(r -> roles.add(r[0], Boolean.TRUE));
        this.titles = titles.matcher();
        this.isName = isName;
        this.foreign = foreign;
        this.isKnownPlace = isKnownPlace;
    }

    public static RoleNames load(Lexicons lexicons, TitleLexicon titles, Predicate<String> isName, ForeignNames foreign,
                                 Predicate<String> isKnownPlace) {
        return new RoleNames(lexicons.rows("person-roles.tsv", 1), titles, isName, foreign, isKnownPlace);
    }

    public List<Mention> repair(String text, List<Mention> mentions, List<Token> tokens) {
        int[] cps = text.codePoints().toArray();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.end() <= cps.length && m.type() == MentionType.ORGANIZATION) {
                out.addAll(holderInsideOrganization(cps, m));
                continue;
            }
            Mention r = m.end() > cps.length ? m
                    : m.type() == MentionType.PERSON ? afterRole(cps, m)
                    : m.type() == MentionType.PLACE ? holderReadAsPlace(cps, m) : m;
            out.add(r);
        }
        List<Mention> added = latinNames(cps, out);
        added.addAll(transliterated(cps, out, tokens));
        return MentionIndex.withAdded(out, added);
    }

    /** 分析【师温彬】 → 温彬: the role ends on the mention's first character and a name of two or more is left. */
    private Mention afterRole(int[] cps, Mention m) {
        int start = m.start() + 1;
        if (m.end() - start < 2 || roles.longestEndingAt(cps, start) == null
                || roles.longestEndingAt(cps, start).span().start() >= m.start()) {
            return m;
        }
        String rest = new String(cps, start, m.end() - start);
        return isName.test(rest) ? new Mention(new Span(start, m.end()), m.type(), rest, m.method(), m.confidence()) : m;
    }

    /** 大使【布兰斯塔德】 as a place → a person: transliteration characters only, right after a post, no known place. */
    private Mention holderReadAsPlace(int[] cps, Mention m) {
        if (m.span().length() < 2 || !afterRoleOrTitle(cps, m.start()) || !foreign.allForeign(cps, m.start(), m.end())
                || isKnownPlace.test(m.text())) {
            return m;
        }
        return new Mention(m.span(), MentionType.PERSON, m.text(), METHOD, Math.min(m.confidence(), 0.7));
    }

    /**
     * An "organisation" the model read as country, post and holder together (【美国国务卿布林肯】): the post and a
     * name in transliteration characters after it are a title and a person; what comes before stays on its own,
     * a place where HanLP knows it as one (美国), else an organisation.
     */
    private List<Mention> holderInsideOrganization(int[] cps, Mention m) {
        for (int i = m.start() + 1; i < m.end() - 2; i++) {
            var title = titles.longestAt(cps, i);
            int name = title == null ? -1 : title.span().end();
            if (name < 0 || m.end() - name < 2 || m.end() - name > MAX_FOREIGN || !foreign.allForeign(cps, name, m.end())) {
                continue;
            }
            String before = new String(cps, m.start(), i - m.start());
            MentionType kind = isKnownPlace.test(before) ? MentionType.PLACE : MentionType.ORGANIZATION;
            return List.of(new Mention(new Span(m.start(), i), kind, before, m.method(), m.confidence()),
                    new Mention(title.span(), MentionType.TITLE, title.word(), METHOD, 0.7),
                    new Mention(new Span(name, m.end()), MentionType.PERSON, new String(cps, name, m.end() - name), METHOD,
                            0.7));
        }
        return List.of(m);
    }

    /** Capitalised Latin words right after a role or a title that no mention covers: Danny, Bill Roper. */
    private List<Mention> latinNames(int[] cps, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = 1; i < cps.length; i++) {
            if (!isUpper(cps[i]) || isLetter(cps[i - 1]) || !afterRoleOrTitle(cps, i)) {
                continue;
            }
            int end = latinEnd(cps, i);
            Span s = new Span(i, end);
            if (end - i >= 3 && mentions.stream().noneMatch(o -> o.span().overlaps(s))) {
                out.add(new Mention(s, MentionType.PERSON, new String(cps, i, end - i), METHOD, 0.7));
            }
        }
        return out;
    }

    /**
     * Names in transliteration characters right after a role or a title that no mention covers: whole words of
     * the segmenter made only of those characters, two characters or more in all (教练|雅|凯：).
     */
    private List<Mention> transliterated(int[] cps, List<Mention> mentions, List<Token> tokens) {
        Set<Integer> ends = new HashSet<>();
        tokens.forEach(t -> ends.add(t.span().end()));
        List<Mention> out = new ArrayList<>();
        for (Token t : tokens) {
            int i = t.span().start();
            if (!foreign.allForeign(cps, i, t.span().end()) || !afterRoleOrTitle(cps, i)) {
                continue;
            }
            int e = i;
            while (e < cps.length && e - i < MAX_FOREIGN && foreign.allForeign(cps, e, e + 1)) {
                e++;
            }
            while (e > i && !ends.contains(e)) {
                e--;
            }
            Span s = new Span(i, e);
            if (e - i >= 2 && mentions.stream().noneMatch(o -> o.span().overlaps(s))) {
                out.add(new Mention(s, MentionType.PERSON, new String(cps, i, e - i), METHOD, 0.7));
            }
        }
        return out;
    }

    private boolean afterRoleOrTitle(int[] cps, int i) {
        return roles.longestEndingAt(cps, i) != null || titles.longestEndingAt(cps, i) != null;
    }

    /**
     * The end of a run of capitalised words (Bill Roper, McDonald); {@code from} itself when a word has no
     * lower-case letter after its capital (CEO, NBA are no names), so that the caller's length check rejects it.
     */
    private static int latinEnd(int[] cps, int from) {
        int e = from;
        while (e < cps.length && isUpper(cps[e])) {
            int w = e + 1;
            while (w < cps.length && isLower(cps[w])) {
                w++;
            }
            if (w - e < 2) {
                return from;
            }
            e = w < cps.length - 1 && cps[w] == ' ' && isUpper(cps[w + 1]) ? w + 1 : w;
        }
        return e > from && cps[e - 1] == ' ' ? e - 1 : e;
    }

    private static boolean isUpper(int cp) {
        return cp >= 'A' && cp <= 'Z';
    }

    private static boolean isLower(int cp) {
        return cp >= 'a' && cp <= 'z';
    }

    private static boolean isLetter(int cp) {
        return isUpper(cp) || isLower(cp);
    }
}
