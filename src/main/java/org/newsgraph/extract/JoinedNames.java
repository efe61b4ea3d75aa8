package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Two names read as one person across the conjunction between them (【贝克汉姆及斯塔姆】, 【王明和李强】) are two
 * persons: the conjunction is a word of the segmenter inside the mention, and each side is a name (a plausible
 * Chinese one or one written in transliteration characters). A given name that ends with the character stays
 * whole (胡文和|来到 has no name after 和).
 */
public final class JoinedNames {

    private final Set<String> conjunctions;
    private final Predicate<String> isName;

    /** @param conjunctions the words that join names (name-cues.tsv coordination) */
    public JoinedNames(Set<String> conjunctions, Predicate<String> isName) {
        this.conjunctions = Set.copyOf(conjunctions);
        this.isName = isName;
    }

    public List<Mention> split(String text, List<Mention> mentions, List<Token> tokens) {
        TreeMap<Integer, Token> joins = new TreeMap<>();
        tokens.stream().filter(t -> conjunctions.contains(t.text())).forEach(t -> joins.put(t.span().start(), t));
        if (joins.isEmpty()) {
            return mentions;
        }
        int[] cps = null;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Token conj = m.type() == MentionType.PERSON ? conjunctionInside(m, joins) : null;
            cps = conj == null || cps != null ? cps : text.codePoints().toArray();
            if (conj != null && m.end() <= cps.length && isName.test(part(cps, m.start(), conj.span().start()))
                    && isName.test(part(cps, conj.span().end(), m.end()))) {
                out.add(piece(cps, m, m.start(), conj.span().start()));
                out.add(piece(cps, m, conj.span().end(), m.end()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static Token conjunctionInside(Mention m, TreeMap<Integer, Token> joins) {
        Map.Entry<Integer, Token> next = joins.higherEntry(m.start());
        return next != null && next.getValue().span().end() < m.end() ? next.getValue() : null;
    }

    private static String part(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    private static Mention piece(int[] cps, Mention m, int from, int to) {
        return new Mention(new Span(from, to), m.type(), part(cps, from, to), m.method(), m.confidence());
    }
}
