package org.newsgraph.extract;

import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.TitleLexicon;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * A person read together with the title that follows the name ([周总理], [金教授], [马·莱万多夫斯基副]教授) is the
 * name alone: a title word of the lexicon that starts inside the mention and runs to its end or beyond ends the
 * name where it starts, as news corpora mark 【周】总理 — unless a title or a role (person-roles.tsv) already stands
 * before the name (首席经济学家【鲁政委】).
 */
public final class TitlesInNames {

    private final DictionaryMatcher<TitleLexicon.Title> titles;
    private final DictionaryMatcher<Boolean> roles = new DictionaryMatcher<>();

    /** @param roles the role words that stand before a name as a title does (分析师, 经济学家) */
    public TitlesInNames(TitleLexicon titles, List<String[]> roles) {
        this.titles = titles.matcher();
        roles.forEach(r -> this.roles.add(r[0], Boolean.TRUE));
    }

    public List<Mention> cut(String text, List<Mention> mentions) {
        int[] cps = null;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int end = m.end();
            if (m.type() == MentionType.PERSON && m.end() - m.start() >= 2) {
                cps = cps != null ? cps : text.codePoints().toArray();
                end = nameEnd(cps, m);
            }
            out.add(end == m.end() ? m : new Mention(new Span(m.start(), end), m.type(),
                    new String(cps, m.start(), end - m.start()), m.method(), m.confidence()));
        }
        return out;
    }

    private int nameEnd(int[] cps, Mention m) {
        if (m.end() > cps.length || titles.longestEndingAt(cps, m.start()) != null
                || roles.longestEndingAt(cps, m.start()) != null) {
            return m.end(); // after a title the words of a title can be a given name (首席经济学家【鲁政委】)
        }
        for (int k = m.start() + 1; k < m.end() && k < cps.length; k++) {
            for (var t : titles.allAt(cps, k)) {
                if (t.span().end() >= m.end()) {
                    return k;
                }
            }
        }
        return m.end();
    }
}
