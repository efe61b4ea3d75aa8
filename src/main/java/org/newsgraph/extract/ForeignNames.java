package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * Completes transliterated foreign names that the recognisers cut short: 皮埃尔·杜邦 preceded by 让- becomes
 * 让-皮埃尔·杜邦, and a name written only in transliteration characters takes the next such character
 * (鲍威|尔 → 鲍威尔). The characters are data (transliteration-chars.tsv).
 */
public final class ForeignNames {

    private static final String JOINERS = "·•‧・-－‐";
    private static final int MAX_PART = 8;

    private final Set<Integer> chars = new HashSet<>();

    public ForeignNames(List<String[]> rows) {
        rows.forEach(r -> chars.add(r[0].codePointAt(0)));
    }

    public static ForeignNames load(Lexicons lexicons) {
        return new ForeignNames(lexicons.rows("transliteration-chars.tsv", 1));
    }

    /** The mentions with every person name completed where it continues as a foreign name. */
    public List<Mention> complete(String text, List<Mention> mentions) {
        int[] cps = null;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != MentionType.PERSON) {
                out.add(m);
                continue;
            }
            if (cps == null) {
                cps = text.codePoints().toArray();
            }
            Span s = new Span(left(cps, m.start()), right(cps, m.start(), m.end()));
            if (s.equals(m.span()) || overlapsOther(mentions, m, s)) {
                out.add(m);
            } else {
                out.add(new Mention(s, m.type(), new String(cps, s.start(), s.length()), m.method(), m.confidence()));
            }
        }
        return out;
    }

    private int left(int[] cps, int start) {
        int s = start;
        while (s >= 2 && JOINERS.indexOf(cps[s - 1]) >= 0 && chars.contains(cps[s - 2])) {
            int k = s - 2;
            while (k > 0 && chars.contains(cps[k - 1]) && s - 1 - k < MAX_PART) {
                k--;
            }
            s = k;
        }
        return s;
    }

    private int right(int[] cps, int start, int end) {
        int e = end;
        if (allForeign(cps, start, e)) {
            while (e < cps.length && chars.contains(cps[e]) && e - start < MAX_PART) {
                e++;
            }
        }
        while (e + 1 < cps.length && JOINERS.indexOf(cps[e]) >= 0 && chars.contains(cps[e + 1])) {
            int k = e + 1;
            while (k < cps.length && chars.contains(cps[k]) && k - e <= MAX_PART) {
                k++;
            }
            e = k;
        }
        return e;
    }

    private boolean allForeign(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!chars.contains(cps[i]) && JOINERS.indexOf(cps[i]) < 0) {
                return false;
            }
        }
        return to - from >= 2;
    }

    private static boolean overlapsOther(List<Mention> mentions, Mention self, Span grown) {
        return mentions.stream().anyMatch(o -> o != self && o.span().overlaps(grown) && !self.span().contains(o.span()));
    }
}
