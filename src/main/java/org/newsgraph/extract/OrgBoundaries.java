package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Organisation boundaries against the words of the segmentation. An organisation does not start with a
 * preposition, conjunction or locative word (【以】派出所为依托, 新形势【下】九三学社, 【同】世界银行): those are left out.
 * A list of names joined by 、 is one organisation each (县委、团县委, 同美国、斯洛伐克等强手).
 * (Starts inside a word and one-character verbs were tried too: they cut transliterated names, 拉|齐奥.)
 */
public final class OrgBoundaries {

    /** Parts of speech (HanLP's, by first letter) of words that do not begin a name. */
    private static final Set<Character> FUNCTION = Set.of('p', 'c', 'f');

    public List<Mention> trim(String text, List<Mention> mentions, List<Token> tokens) {
        int[] cps = null;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != MentionType.ORGANIZATION) {
                out.add(m);
                continue;
            }
            cps = cps != null ? cps : text.codePoints().toArray();
            int start = start(m, tokens);
            for (int[] part : parts(cps, start, m.end())) {
                out.add(part[0] == m.start() && part[1] == m.end() ? m : new Mention(new Span(part[0], part[1]), m.type(),
                        new String(cps, part[0], part[1] - part[0]), m.method(), m.confidence()));
            }
        }
        return out;
    }

    /** The start after the function words that open the mention; tokens are in text order. */
    private static int start(Mention m, List<Token> tokens) {
        int s = m.start();
        for (int k = firstEndingAfter(tokens, s); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.span().start() != s || t.span().end() >= m.end() || !function(t)) {
                break;
            }
            s = t.span().end();
        }
        return s;
    }

    private static int firstEndingAfter(List<Token> tokens, int cp) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean function(Token t) {
        String p = t.pos();
        return !p.isEmpty() && FUNCTION.contains(p.charAt(0));
    }

    /** The span cut at every 、 outside 《》; pieces of one character are dropped. */
    private static List<int[]> parts(int[] cps, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i < to && cps[i] == '《') {
                depth++;
            } else if (i < to && cps[i] == '》') {
                depth = Math.max(0, depth - 1);
            } else if (i == to || cps[i] == '、' && depth == 0) {
                if (i - start >= 2) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }
}
