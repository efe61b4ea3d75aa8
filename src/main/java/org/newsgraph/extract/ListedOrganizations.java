package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Names listed before 等 and a noun for a kind of organisation (华西、双良、阳光、申达等一大批乡镇企业; kinds in
 * lexicon/org-kinds.tsv) are organisations, whatever the model read them as (a village, a person): Chinese lists
 * join like with like, and the noun says what they are. Each name is a word of the segmenter or a mention, two to
 * six characters, joined by 、; the kind follows 等 within a few characters of the same clause.
 */
public final class ListedOrganizations {

    public static final String METHOD = "listed-organization";

    private static final int MAX_GAP = 8;
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 6;
    /** Parts of speech (HanLP's, by first letter) that make a clause, not a modifier: verbs, prepositions, … */
    private static final String CLAUSE_WORDS = "vpcdru";

    private final DictionaryMatcher<Boolean> kinds = new DictionaryMatcher<>();

    public ListedOrganizations(List<String[]> rows) {
        rows.forEach(r -> kinds.add(r[0], Boolean.TRUE));
    }

    public static ListedOrganizations load(Lexicons lexicons) {
        return new ListedOrganizations(lexicons.rows("org-kinds.tsv", 1));
    }

    public List<Mention> retype(String text, List<Mention> mentions, List<Token> tokens) {
        if (!text.contains("、") || !text.contains("等")) {
            return mentions;
        }
        int[] cps = text.codePoints().toArray();
        Map<Integer, Span> itemEndingAt = items(mentions, tokens);
        Map<Integer, Token> tokenAt = new HashMap<>();
        tokens.forEach(t -> tokenAt.put(t.span().start(), t));
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '等' && kindFollows(cps, i + 1, tokenAt)) {
                for (Span s : listBefore(cps, i, itemEndingAt)) {
                    mark(out, s, cps);
                }
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** The spans that can be a listed name, by end: words of the segmenter, and mentions over them. */
    private static Map<Integer, Span> items(List<Mention> mentions, List<Token> tokens) {
        Map<Integer, Span> out = new HashMap<>();
        tokens.forEach(t -> out.put(t.span().end(), t.span()));
        mentions.forEach(m -> out.put(m.end(), m.span()));
        return out;
    }

    /**
     * Whether a word within a few characters after {@code from} is or ends with a kind noun, over modifiers only
     * (等一大批乡镇企业); a verb, preposition or conjunction between them ends the list's phrase (…等带着影片来和媒体见面).
     */
    private boolean kindFollows(int[] cps, int from, Map<Integer, Token> tokenAt) {
        int i = from;
        while (i < cps.length && i - from <= MAX_GAP) {
            Token t = tokenAt.get(i);
            if (t == null) {
                return false;
            }
            var kind = kinds.longestEndingAt(cps, t.span().end());
            if (kind != null && kind.span().start() >= i) {
                return true; // the word is the kind or ends with it (乡镇企业)
            }
            if (!Character.isIdeographic(cps[i]) || CLAUSE_WORDS.indexOf(t.pos().isEmpty() ? 'x' : t.pos().charAt(0)) >= 0) {
                return false;
            }
            i = t.span().end();
        }
        return false;
    }

    /** The names joined by 、 that end at {@code end} (at 等), last first; none unless there are two or more. */
    private static List<Span> listBefore(int[] cps, int end, Map<Integer, Span> itemEndingAt) {
        List<Span> out = new ArrayList<>();
        int e = end;
        while (true) {
            Span s = itemEndingAt.get(e);
            if (s == null || s.length() < MIN_NAME || s.length() > MAX_NAME) {
                break;
            }
            out.add(s);
            if (s.start() == 0 || cps[s.start() - 1] != '、') {
                break;
            }
            e = s.start() - 1;
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** The name becomes an organisation: added where nothing covers it, retyped where a mention is exactly it. */
    private static void mark(List<Mention> mentions, Span s, int[] cps) {
        List<Mention> over = mentions.stream().filter(m -> m.span().overlaps(s)).toList();
        if (over.isEmpty()) {
            mentions.add(new Mention(s, MentionType.ORGANIZATION, new String(cps, s.start(), s.length()), METHOD, 0.7));
        } else if (over.size() == 1 && over.get(0).span().equals(s) && over.get(0).type() != MentionType.ORGANIZATION) {
            Mention m = over.get(0);
            mentions.set(mentions.indexOf(m), new Mention(s, MentionType.ORGANIZATION, m.text(), m.method(), m.confidence()));
        }
    }
}
