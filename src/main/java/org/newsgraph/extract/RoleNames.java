package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.TitleLexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * Names after a role word (lexicon/person-roles.tsv: 分析师, 导演, 创始人). The segmenter often reads the role's
 * last character into the name (分析【师温彬】, 理财【师刘】): a person that starts on that character starts after
 * it when what is left is a name. A name in Latin letters right after a role or a title (副总裁Danny, 导演Ron) is
 * a person, which neither the model nor the title rule reads: both want Han characters.
 */
public final class RoleNames {

    public static final String METHOD = "role-rule";

    private final DictionaryMatcher<Boolean> roles = new DictionaryMatcher<>();
    private final DictionaryMatcher<TitleLexicon.Title> titles;
    private final Predicate<String> isName;

    /** @param isName whether what is left of a cut mention is still a name (a plausible Chinese one) */
    public RoleNames(List<String[]> rows, TitleLexicon titles, Predicate<String> isName) {
        rows.forEach(r -> roles.add(r[0], Boolean.TRUE));
        this.titles = titles.matcher();
        this.isName = isName;
    }

    public static RoleNames load(Lexicons lexicons, TitleLexicon titles, Predicate<String> isName) {
        return new RoleNames(lexicons.rows("person-roles.tsv", 1), titles, isName);
    }

    public List<Mention> repair(String text, List<Mention> mentions) {
        int[] cps = text.codePoints().toArray();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.type() == MentionType.PERSON && m.end() <= cps.length ? afterRole(cps, m) : m);
        }
        List<Mention> latin = latinNames(cps, out);
        if (latin.isEmpty()) {
            return out;
        }
        out.addAll(latin);
        out.sort(Comparator.comparing(Mention::span));
        return out;
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

    /** Capitalised Latin words right after a role or a title that no mention covers: Danny, Bill Roper. */
    private List<Mention> latinNames(int[] cps, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = 1; i < cps.length; i++) {
            if (!isUpper(cps[i]) || isLetter(cps[i - 1])
                    || roles.longestEndingAt(cps, i) == null && titles.longestEndingAt(cps, i) == null) {
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
