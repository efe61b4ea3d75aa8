package org.newsgraph.extract;

import org.newsgraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Completes transliterated foreign names that the recognisers cut short: 皮埃尔·杜邦 preceded by 让- becomes
 * 让-皮埃尔·杜邦, 安德鲁 followed by ·葛鲁夫 becomes 安德鲁·葛鲁夫, and a name written only in transliteration
 * characters takes the next word made of them (鲍威|尔 → 鲍威尔, but not 鲍威尔【夫人】). The characters are
 * data (transliteration-chars.tsv).
 */
public final class ForeignNames {

    private static final String BEFORE_JOIN = "before-join";
    private static final String IN_JOINED_NAME = "in-joined-name";
    /** Parts of speech of the segmenter's function words (不, 都, 和, 在, 他): a joined name never ends on one. */
    private static final Set<String> FUNCTION_TAGS = Set.of("d", "c", "p", "u", "r", "y", "ul", "uj", "uz", "rr");
    /** At most this many one-character words are taken before a joined name (阿|不|都热合曼·吐尔逊). */
    private static final int MAX_LEFT_IN_JOINED = 4;

    private static final String JOINERS = "·•‧・-－‐";
    private static final int MAX_NAME = 16;
    private static final int MIN_FROM_ONE = 4;
    /** At most this many one-character words are taken before a foreign name (名导【弗】|朗西斯-福德-科波拉). */
    private static final int MAX_LEFT_SINGLES = 2;

    private final Set<Integer> chars = new HashSet<>();
    /** Characters that write a name's part only right before a join (【让】-皮埃尔): a verb elsewhere (普京让他). */
    private final Set<Integer> beforeJoinOnly = new HashSet<>();
    /** Characters that write names only inside a name with a join (艾山江·【买买提】): words elsewhere (买, 都). */
    private final Set<Integer> joinedOnly = new HashSet<>();

    /**
     * @param rows character, and in a second column {@value #BEFORE_JOIN} for a character of {@link #beforeJoinOnly}
     *             or {@value #IN_JOINED_NAME} for one of {@link #joinedOnly}
     */
    public ForeignNames(List<String[]> rows) {
        for (String[] r : rows) {
            String kind = r.length > 1 ? r[1] : "";
            (kind.equals(BEFORE_JOIN) ? beforeJoinOnly : kind.equals(IN_JOINED_NAME) ? joinedOnly : chars)
                    .add(r[0].codePointAt(0));
        }
    }

    public static ForeignNames load(Lexicons lexicons) {
        return new ForeignNames(lexicons.rows("transliteration-chars.tsv", 1));
    }

    /** The mentions with every person name completed where it continues as a foreign name. */
    public List<Mention> complete(String text, List<Mention> mentions, List<Token> tokens) {
        int[] cps = null;
        int[] wordEnd = null;
        int[] insideEnd = null;
        Set<Integer> singles = null;
        Token[] tokenAt = null;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != MentionType.PERSON) {
                out.add(m);
                continue;
            }
            if (cps == null) {
                cps = text.codePoints().toArray();
                wordEnd = wordEnds(cps.length, tokens);
                insideEnd = insideEnds(cps.length, tokens);
                singles = singleCharacterWords(tokens);
                tokenAt = tokenAt(cps.length, tokens);
            }
            int start = allForeign(cps, m.start(), m.end()) ? afterSingles(cps, singles, m.start()) : m.start();
            Span s = joinedWhole(cps, tokenAt,
                    joinedPartWhole(cps, insideEnd, new Span(left(cps, start), right(cps, wordEnd, m.start(), m.end()))));
            Span chosen = withoutTrailingJoin(cps, overlapsOther(mentions, m, s, cps) ? m.span() : s);
            if (chosen.equals(m.span())) {
                out.add(m);
            } else {
                out.add(new Mention(chosen, m.type(), new String(cps, chosen.start(), chosen.length()), m.method(),
                        m.confidence()));
            }
        }
        return withoutPartsOfNames(cps == null ? out : cutToNamed(out, cps));
    }

    /**
     * A foreign name run on into the next word (马来西亚总理【纳吉布中广】网北京6月4日消息) is cut back to the
     * name the text also writes on its own (纳吉布) when what it ran into is a word that is not transliteration
     * (one character more is more often the name's own end: 杰瓦讷 beside a 杰瓦 the recogniser cut).
     */
    private List<Mention> cutToNamed(List<Mention> mentions, int[] cps) {
        Set<String> alone = new HashSet<>();
        for (Mention o : mentions) {
            if (o.type() == MentionType.PERSON && o.span().length() >= 2 && allForeign(cps, o.start(), o.end())) {
                alone.add(o.text());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int keep = 0;
            for (int n = 2; m.type() == MentionType.PERSON && alone.size() > 0 && n + 2 <= m.span().length(); n++) {
                if (alone.contains(new String(cps, m.start(), n)) && !allForeign(cps, m.start() + n, m.end())) {
                    keep = n;
                }
            }
            out.add(keep == 0 ? m : new Mention(new Span(m.start(), m.start() + keep), m.type(),
                    new String(cps, m.start(), keep), m.method(), m.confidence()));
        }
        return out;
    }

    /** A piece of a foreign name that was found on its own (葛鲁夫 in 安德鲁·葛鲁夫, 贝内西亚) goes. */
    private static List<Mention> withoutPartsOfNames(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type() != MentionType.PERSON && m.type() != MentionType.PLACE
                || mentions.stream().noneMatch(o ->
                o != m && o.type() == MentionType.PERSON && o.span().contains(m.span()) && !o.span().equals(m.span())))
                .toList();
    }

    /**
     * The last part of a joined name ends where the segmenter's word ends when the rest is written in
     * transliteration characters (通伦·西苏|里 → 通伦·西苏里: the segmenter read 西苏里 whole; not 扎克尔|在).
     */
    private Span joinedPartWhole(int[] cps, int[] insideEnd, Span s) {
        if (!hasJoin(cps, s)) {
            return s;
        }
        int end = s.end();
        int wordEnd = insideEnd[end];
        boolean rest = wordEnd > end && wordEnd - end <= 2 && JOINERS.indexOf(cps[end - 1]) < 0
                && allForeign(cps, end, wordEnd);
        return rest ? new Span(s.start(), wordEnd) : s;
    }

    /**
     * A name with a join is read on, both ways, over the words of the segmenter written in the characters of
     * names, including those that write names only in such a name (艾山江·买 → 艾山江·买买提, 热合曼·吐尔逊 after
     * 阿|不|都 → 阿不都热合曼·吐尔逊; the segmenter cuts these into single characters) and back to the start of a
     * name word of the segmenter it begins inside (赛义|夫·本… → 赛义夫·本…); it neither begins nor
     * ends on a function word (古丽娜尔·阿不都热依木【和】…).
     */
    private Span joinedWhole(int[] cps, Token[] tokenAt, Span s) {
        if (!hasJoin(cps, s)) {
            return s;
        }
        int start = s.start();
        Token inside = tokenAt[start];
        if (inside != null && inside.span().start() < start
                && (inside.pos().startsWith("nr") || inJoinedName(cps, inside.span().start(), start))) {
            start = inside.span().start();
        }
        for (int taken = 0; start > 0 && taken < MAX_LEFT_IN_JOINED; taken++) {
            Token before = tokenAt[start - 1];
            if (before == null || before.span().length() != 1 || !inJoinedName(cps, start - 1, start)) {
                break;
            }
            start--;
        }
        while (start < s.start() && FUNCTION_TAGS.contains(tokenAt[start].pos())) {
            start = tokenAt[start].span().end();
        }
        int end = s.end();
        if (end < cps.length && tokenAt[end] != null && tokenAt[end].span().start() < end) {
            // the rest of a word the name ends inside: a name's own characters, not 拉法兰|都 (兰都 read as one word)
            end = allForeign(cps, end, tokenAt[end].span().end()) ? tokenAt[end].span().end() : end;
        }
        while (end < cps.length && end - start < MAX_NAME && tokenAt[end] != null
                && tokenAt[end].span().start() == end && inJoinedName(cps, end, tokenAt[end].span().end())) {
            end = tokenAt[end].span().end();
        }
        while (end > s.end() && FUNCTION_TAGS.contains(tokenAt[end - 1].pos())) {
            end = tokenAt[end - 1].span().start();
        }
        return new Span(start, Math.max(end, s.end()));
    }

    private static boolean hasJoin(int[] cps, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (isJoin(cps[i])) {
                return true;
            }
        }
        return false;
    }

    /** True when code points [from, to) all write names inside a joined name (and there is one). */
    private boolean inJoinedName(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!chars.contains(cps[i]) && !joinedOnly.contains(cps[i])) {
                return false;
            }
        }
        return to > from;
    }

    /** For each position, the word of the segmenter that covers it (null where none does). */
    private static Token[] tokenAt(int length, List<Token> tokens) {
        Token[] at = new Token[length];
        for (Token t : tokens) {
            for (int i = t.span().start(); i < t.span().end() && i < length; i++) {
                at[i] = t;
            }
        }
        return at;
    }

    /** True for a character that joins the parts of a transliterated name (让-皮埃尔·拉法兰). */
    static boolean isJoin(int cp) {
        return JOINERS.indexOf(cp) >= 0;
    }

    /** A name never ends on a join (赛塔·|他威信 → 赛塔). */
    static Span withoutTrailingJoin(int[] cps, Span s) {
        return s.length() > 1 && JOINERS.indexOf(cps[s.end() - 1]) >= 0 ? new Span(s.start(), s.end() - 1) : s;
    }

    /** For each position inside a word of the segmenter (not at its start), where that word ends; else itself. */
    private static int[] insideEnds(int length, List<Token> tokens) {
        int[] end = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            end[i] = i;
        }
        for (Token t : tokens) {
            for (int i = t.span().start() + 1; i < t.span().end() && i <= length; i++) {
                end[i] = Math.min(t.span().end(), length);
            }
        }
        return end;
    }

    /** For each position where the segmenter starts a word, where that word ends; else the next character. */
    private static int[] wordEnds(int length, List<Token> tokens) {
        int[] end = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            end[i] = i + 1;
        }
        for (Token t : tokens) {
            if (t.span().end() <= length) {
                end[t.span().start()] = t.span().end();
            }
        }
        return end;
    }

    /** Where the segmenter read one character alone: the first of a foreign name it split off (弗|朗西斯). */
    private static Set<Integer> singleCharacterWords(List<Token> tokens) {
        Set<Integer> out = new HashSet<>();
        for (Token t : tokens) {
            if (t.span().length() == 1) {
                out.add(t.span().start());
            }
        }
        return out;
    }

    /**
     * The start of a foreign name taken back over transliteration characters that the segmenter read as
     * words of one character (名导|弗|朗西斯 → 弗朗西斯); a character of a longer word (名导) stops it.
     */
    private int afterSingles(int[] cps, Set<Integer> singles, int start) {
        int s = start;
        while (s > 0 && start - s < MAX_LEFT_SINGLES && singles.contains(s - 1) && chars.contains(cps[s - 1])) {
            s--;
        }
        return s;
    }

    private int left(int[] cps, int start) {
        int s = start;
        while (s >= 2 && JOINERS.indexOf(cps[s - 1]) >= 0 && (chars.contains(cps[s - 2]) || beforeJoinOnly.contains(cps[s - 2]))
                && start - s < MAX_NAME) {
            int k = s - 2;
            while (k > 0 && chars.contains(cps[k - 1]) && s - 1 - k < MAX_NAME) {
                k--;
            }
            s = k;
        }
        return s;
    }

    private int right(int[] cps, int[] wordEnd, int start, int end) {
        int e = end;
        if (JOINERS.indexOf(cps[e - 1]) >= 0 && e < cps.length && Character.isIdeographic(cps[e])) {
            e = foreignWords(cps, wordEnd, e + 1, start); // a name cut just after its join (古哈尔·阿尤布·|汗)
        } else if (allForeign(cps, start, e)) {
            int grown = foreignWords(cps, wordEnd, e, start);
            // one character is read on only into a long name (德|贝内西亚), not into 马列 or 汤尤
            e = e - start >= 2 || grown - start >= MIN_FROM_ONE ? grown : e;
        }
        while (e + 1 < cps.length && JOINERS.indexOf(cps[e]) >= 0 && Character.isIdeographic(cps[e + 1])
                && e - start < MAX_NAME) {
            // the part after a joiner may begin with a character the table lacks (安德鲁·【葛】鲁夫)
            e = foreignWords(cps, wordEnd, e + 2, start);
        }
        if (e > end && JOINERS.indexOf(cps[e - 1]) >= 0) {
            // read on up to a joiner: the part after it is a word the table lacks (古哈尔·阿尤布·【汗】)
            e = e < cps.length && Character.isIdeographic(cps[e]) ? Math.min(wordEnd[e], cps.length) : e - 1;
        }
        return e;
    }

    /** Reads on over whole words made only of transliteration characters. */
    private int foreignWords(int[] cps, int[] wordEnd, int from, int start) {
        int e = from;
        while (e < cps.length && e - start < MAX_NAME) {
            int next = Math.min(wordEnd[e], cps.length);
            if (!allForeign(cps, e, next) && !(next - e == 1 && chars.contains(cps[e]))) {
                break;
            }
            e = next;
        }
        return e;
    }

    /** True when code points [from, to) are all transliteration characters or joins (and there is one). */
    public boolean allForeign(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!chars.contains(cps[i]) && JOINERS.indexOf(cps[i]) < 0) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * True when the grown name would cut into another mention. A person, and a "place" right after a short
     * name and made only of transliteration characters (德|【贝内西亚】), are parts of the name instead.
     */
    private boolean overlapsOther(List<Mention> mentions, Mention self, Span grown, int[] cps) {
        return mentions.stream().anyMatch(o -> o != self && o.span().overlaps(grown) && !self.span().contains(o.span())
                && o.type() != MentionType.PERSON && !foreignPlaceAfter(self, o, grown, cps));
    }

    private boolean foreignPlaceAfter(Mention self, Mention o, Span grown, int[] cps) {
        return o.type() == MentionType.PLACE && o.start() == self.end() && self.span().length() <= 2
                && grown.contains(o.span()) && allForeign(cps, o.start(), o.end());
    }
}
