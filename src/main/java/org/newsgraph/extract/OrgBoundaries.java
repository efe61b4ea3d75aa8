package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Organisation boundaries against the words of the segmentation. An organisation does not start with a
 * preposition, conjunction or locative word (【以】派出所为依托, 新形势【下】九三学社, 【同】世界银行): those are left out.
 * Nor does it start with a one-character word of a construction around it (【应】外交学会邀请, 【原】巢湖市市委书记;
 * lexicon/org-openers.tsv), nor end with a post (淮安独立团【政委】; lexicon/titles.tsv), and its title marks 《》 are
 * balanced. A list of names joined by 、 is one organisation each (县委、团县委,
 * 同美国、斯洛伐克等强手). (Starts inside a word and one-character verbs were tried too: they cut transliterated
 * names, 拉|齐奥.)
 */
public final class OrgBoundaries {

    /** Parts of speech (HanLP's, by first letter) of words that do not begin a name. */
    private static final Set<Character> FUNCTION = Set.of('p', 'c', 'f');
    /** Tags of the names HanLP's recognisers build (organisations, places): words may have been read into them. */
    private static final Set<String> RECOGNISED = Set.of("nt", "ns");
    /** Parts of speech of a one-character adverb or verb (都, 说) left out before a recognised name. */
    private static final Set<String> LEADING = Set.of("d", "v");
    /** Tags of a preposition or conjunction, after which any word may begin a name (为|县人大常委会; not 中|博传媒). */
    private static final Set<String> PREPOSITION_OR_CONJUNCTION = Set.of("p", "c");

    /** The longest post looked for at the end (一级巡视员). */
    private static final int MAX_POST = 5;

    private final Set<String> openers;
    private final Set<String> posts;
    private final Predicate<String> isWord;
    private final BiFunction<String, Integer, List<Token>> plainWords;

    /**
     * @param openers one-character words that stand before an organisation; @param posts titles that follow
     * one; @param isWord whether a string is a word of the dictionary; @param plainWords the dictionary's words
     * of a text with no name recognised, spans from the given offset.
     */
    public OrgBoundaries(Set<String> openers, Set<String> posts, Predicate<String> isWord,
                         BiFunction<String, Integer, List<Token>> plainWords) {
        this.openers = Set.copyOf(openers);
        this.posts = Set.copyOf(posts);
        this.isWord = isWord;
        this.plainWords = plainWords;
    }

    public static OrgBoundaries load(Lexicons lexicons, Predicate<String> isWord,
                                     BiFunction<String, Integer, List<Token>> plainWords) {
        return new OrgBoundaries(firstColumn(lexicons.rows("org-openers.tsv", 1)), firstColumn(lexicons.rows("titles.tsv", 1)),
                isWord, plainWords);
    }

    private static Set<String> firstColumn(List<String[]> rows) {
        return rows.stream().map(r -> r[0]).collect(Collectors.toSet());
    }

    public List<Mention> trim(String text, List<Mention> mentions, List<Token> tokens) {
        int[] cps = null;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != MentionType.ORGANIZATION) {
                out.add(m);
                continue;
            }
            cps = cps != null ? cps : text.codePoints().toArray();
            int start = start(cps, m, tokens);
            int end = end(cps, start, m.end());
            int[] balanced = balanced(cps, start, end);
            start = balanced[0];
            end = balanced[1];
            for (int[] part : parts(cps, start, end)) {
                out.add(part[0] == m.start() && part[1] == m.end() ? m : new Mention(new Span(part[0], part[1]), m.type(),
                        new String(cps, part[0], part[1] - part[0]), m.method(), m.confidence()));
            }
        }
        return out;
    }

    /** The start after the function words that begin the mention (tokens in text order) and an opener. */
    private int start(int[] cps, Mention m, List<Token> tokens) {
        int s = m.start();
        for (int k = firstEndingAfter(tokens, s); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.span().start() != s || t.span().end() >= m.end() || !function(t)) {
                break;
            }
            s = t.span().end();
        }
        s = afterWordsInsideARecognisedName(cps, s, m.end(), tokens);
        // the segmenter often reads the opener into the name (应外交学会): an opener that starts no word
        // is left out (原|巢湖市, but 原子能机构)
        return m.end() - s >= 3 && openers.contains(new String(cps, s, 1)) && !startsWord(cps, s, m.end()) ? s + 1 : s;
    }

    /**
     * The segmenter's organisation recogniser reads a word before the name into it (新形势【下九三学社】,
     * 逼【平荷兰】队, 【都说北欧队】): where the mention starts a recognised name, that name's own dictionary
     * words are read, and a one-character function word, adverb or verb before a word of two or more
     * characters is left out (not 拉|齐|奥), as is a preposition or conjunction before any word (为|县人大常委会).
     */
    private int afterWordsInsideARecognisedName(int[] cps, int s, int end, List<Token> tokens) {
        int k = firstEndingAfter(tokens, s);
        if (k >= tokens.size() || tokens.get(k).span().start() != s || !RECOGNISED.contains(tokens.get(k).pos())) {
            return s;
        }
        Token name = tokens.get(k);
        List<Token> words = plainWords.apply(name.text(), name.span().start());
        int i = 0;
        boolean onlyPrepositions = true;
        while (i < words.size() && words.get(i).span().length() == 1
                && (function(words.get(i)) || LEADING.contains(words.get(i).pos()))) {
            onlyPrepositions &= PREPOSITION_OR_CONJUNCTION.contains(words.get(i).pos());
            i++;
        }
        if (i == 0 || i >= words.size()) {
            return s;
        }
        int rest = end - words.get(i).span().start();
        // after a preposition or conjunction any word may start the name (为|县人大常委会)
        boolean nameAfter = words.get(i).span().length() >= 2 ? rest >= 2 : onlyPrepositions && rest >= 3;
        return nameAfter ? words.get(i).span().start() : s;
    }

    /** Whether a dictionary word of two to four characters starts at {@code at} (原子能, 以色列). */
    private boolean startsWord(int[] cps, int at, int end) {
        for (int len = 2; len <= Math.min(4, end - at); len++) {
            if (isWord.test(new String(cps, at, len))) {
                return true;
            }
        }
        return false;
    }

    /** The end before a post that closes the mention (淮安独立团|政委), if two characters or more are left. */
    private int end(int[] cps, int start, int end) {
        for (int len = Math.min(MAX_POST, end - start - 2); len >= 2; len--) {
            if (posts.contains(new String(cps, end - len, len))) {
                return end - len;
            }
        }
        return end;
    }

    /**
     * The span with its title marks balanced: a 《 that opens it and is not closed inside is left out
     * (【《九三学社中央常委会】工作规则》), and one left open takes the 》 right after it (原【晋冀鲁豫区《人民日报】》),
     * as a newspaper is named with its marks inside an organisation (德国《柏林晨邮报》编辑部).
     */
    private static int[] balanced(int[] cps, int start, int end) {
        int open = 0;
        for (int i = start; i < end; i++) {
            open += cps[i] == '《' ? 1 : cps[i] == '》' && open > 0 ? -1 : 0;
        }
        if (open == 0 || end - start < 3) {
            return new int[] {start, end};
        }
        if (cps[start] == '《' && open == 1 && indexOf(cps, '》', start, end) < 0) {
            return new int[] {start + 1, end};
        }
        return open == 1 && end < cps.length && cps[end] == '》' ? new int[] {start, end + 1} : new int[] {start, end};
    }

    private static int indexOf(int[] cps, int cp, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cps[i] == cp) {
                return i;
            }
        }
        return -1;
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
