package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * A foreign name in Latin letters in brackets right after a person (萨维奥（Savio Bortolini）, 贝克（andrewbecker）)
 * is that person's name as written in the original, so it is a person too: neither the model nor the title rule
 * reads Latin letters. Brackets of capitals only (（WE.PJ）, （CEO）) are tags, not names.
 */
public final class OriginalNames {

    public static final String METHOD = "original-name";

    private static final String OPEN = "（(";
    private static final String CLOSE = "）)";
    private static final String INSIDE = " .-'·";
    private static final int MIN_LETTERS = 3;

    public List<Mention> add(String text, List<Mention> mentions) {
        int[] cps = null;
        List<Mention> added = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON) {
                cps = cps != null ? cps : text.codePoints().toArray();
                Span s = bracketedAfter(cps, m.end());
                if (s != null && mentions.stream().noneMatch(o -> o.span().overlaps(s))) {
                    added.add(new Mention(s, MentionType.PERSON, new String(cps, s.start(), s.length()), METHOD, 0.7));
                }
            }
        }
        return MentionIndex.withAdded(mentions, added);
    }

    /** The Latin letters between brackets that open at {@code at}, if they hold a lower-case letter. */
    private static Span bracketedAfter(int[] cps, int at) {
        if (at >= cps.length || OPEN.indexOf(cps[at]) < 0) {
            return null;
        }
        int e = at + 1;
        int letters = 0;
        boolean lower = false;
        while (e < cps.length && (isLatin(cps[e]) || INSIDE.indexOf(cps[e]) >= 0)) {
            letters += isLatin(cps[e]) ? 1 : 0;
            lower |= cps[e] >= 'a' && cps[e] <= 'z';
            e++;
        }
        boolean closed = e < cps.length && CLOSE.indexOf(cps[e]) >= 0;
        return closed && lower && letters >= MIN_LETTERS && isLatin(cps[at + 1]) ? new Span(at + 1, e) : null;
    }

    private static boolean isLatin(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }
}
