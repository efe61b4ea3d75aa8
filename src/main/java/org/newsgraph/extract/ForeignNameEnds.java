package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.newsgraph.extract.segment.NameRoleCounts;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * A foreign name run into the adverb, numeral or particle after it (检察长【布朗再】向…, 【贝恩四】要素, 和【罗基三】前锋)
 * is cut before it: the name is written in transliteration characters up to a last character that is not one
 * and that HanLP's name-role counts show mostly around names, not ending them (再, 四, 就; not 华, 强), and never
 * as a surname (麦克塔维【许】 writes -sh with a surname character).
 */
public final class ForeignNameEnds {

    private static final int MIN_NAME = 2;

    private final ForeignNames foreign;
    private final IntFunction<NameRoleCounts> roles;

    public ForeignNameEnds(ForeignNames foreign, IntFunction<NameRoleCounts> roles) {
        this.foreign = foreign;
        this.roles = roles;
    }

    public List<Mention> cut(String text, List<Mention> mentions) {
        int[] cps = null;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON && m.span().length() > MIN_NAME) {
                cps = cps != null ? cps : text.codePoints().toArray();
                out.add(runsOn(cps, m) ? shortened(cps, m) : m);
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private boolean runsOn(int[] cps, Mention m) {
        int last = m.end() - 1;
        if (m.end() > cps.length || !foreign.allForeign(cps, m.start(), last) || foreign.allForeign(cps, last, m.end())) {
            return false;
        }
        NameRoleCounts r = roles.apply(cps[last]);
        return r.surname() == 0 && r.lastOfGiven() + r.singleGiven() < r.aroundNames();
    }

    /** Without its last character, and without a join that is then last (赛塔·他 → 赛塔). */
    private static Mention shortened(int[] cps, Mention m) {
        Span s = ForeignNames.withoutTrailingJoin(cps, new Span(m.start(), m.end() - 1));
        return new Mention(s, m.type(), new String(cps, s.start(), s.length()), m.method(), m.confidence());
    }
}
