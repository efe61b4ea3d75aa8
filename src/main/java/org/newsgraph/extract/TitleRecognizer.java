package org.newsgraph.extract;

import org.newsgraph.lexicon.TitleLexicon;
import org.newsgraph.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * Titles attached to a person, and the person they introduce: 副市长【陈博】, 省委常委、市委书记【韦韬】,
 * 【张勤】教授, 【林武】书记. A title word with no person next to it (各级党组织书记) is not reported. The
 * person after a title is taken from HanLP's segmentation when it looks like a name, so names HanLP
 * does not tag (王剑峰) are still found.
 */
public final class TitleRecognizer implements Recognizer {

    public static final String METHOD = "title-rule";

    /** Characters that, right after a title word, show it is part of a longer word (委员【会】, 常委【会】). */
    private static final String CONTINUES_WORD = "会处室科团组队";

    /** Parts of speech of a lone character that may end a four-character name (娥/n, 三/m), not 在/p or 等/u. */
    private static final Set<String> SINGLE_NAME_ENDS = Set.of("n", "ng", "m", "nr", "nz");
    /** Tags of words that are no given name: prepositions, conjunctions, particles, punctuation. */
    private static final Set<String> FUNCTION_TAGS = Set.of("p", "c", "u", "uj", "ul", "w", "d", "r");

    private final TitleLexicon titles;
    private final PersonNames names;
    private final Predicate<String> isVerb;
    private final Predicate<String> usualName;

    /**
     * @param isVerb true for verbs; a name does not swallow a verb's first character (魏民【主持】)
     * @param usualName true for a surname and given name of usual name characters: a common noun of that form
     *                  right after a post and before a verb is the holder's name (主席【汪洋】会见)
     */
    public TitleRecognizer(TitleLexicon titles, PersonNames names, Predicate<String> isVerb, Predicate<String> usualName) {
        this.titles = titles;
        this.names = names;
        this.isVerb = isVerb;
        this.usualName = usualName;
    }

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        String text = article.text();
        int[] cps = text.codePoints().toArray();
        Map<Integer, Token> tokenAt = new HashMap<>();
        Map<Integer, Token> tokenEndingAt = new HashMap<>();
        for (Token t : tokens) {
            tokenAt.put(t.span().start(), t);
            tokenEndingAt.put(t.span().end(), t);
        }
        List<Mention> out = new ArrayList<>();
        List<Span> chain = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            var title = titles.matcher().longestAt(cps, i);
            if (title == null) {
                continue;
            }
            int end = title.span().end();
            if (end < cps.length && CONTINUES_WORD.indexOf(cps[end]) >= 0 && !title.word().equals("组长")) {
                continue;
            }
            if (!chain.isEmpty() && chain.get(chain.size() - 1).end() < i - 16) {
                chain.clear();
            }
            chain.add(title.span());
            int p = end;
            while (p < cps.length && (cps[p] == ' ' || cps[p] == '\u3000')) {
                p++;
            }
            Span person = trimVerb(cps, continuesAsForeignName(cps, personAt(cps, p, tokenAt)));
            if (person != null) {
                for (Span t : chain) {
                    out.add(mention(cps, t, MentionType.TITLE, 0.85));
                }
                out.add(mention(cps, person, MentionType.PERSON, 0.85));
                chain.clear();
                i = end - 1;
                continue;
            }
            Token before = tokenEndingAt.get(title.span().start());
            if (before != null && !title.word().startsWith("副") && isNameToken(before)) {
                out.add(mention(cps, title.span(), MentionType.TITLE, 0.8));
                out.add(mention(cps, before.span(), MentionType.PERSON, 0.8));
            }
            // a chain continues over 、 and over short modifiers (市委党校主持日常工作的副校长)
            if (end < cps.length && cps[end] != '、' && cps[end] != '，' && !isHan(cps[end])) {
                chain.clear();
            }
            i = end - 1;
        }
        return out;
    }

    /** 魏民主持 → 魏民: a three-character name whose last character starts a verb with what follows. */
    private Span trimVerb(int[] cps, Span name) {
        if (name == null || name.length() != 3 || name.end() + 1 > cps.length) {
            return name;
        }
        String lastAndNext = new String(cps, name.end() - 1, Math.min(2, cps.length - name.end() + 1));
        return lastAndNext.length() == 2 && isVerb.test(lastAndNext) ? new Span(name.start(), name.end() - 1) : name;
    }

    private boolean isNameToken(Token t) {
        return (t.pos().startsWith("nr")) && names.plausible(t.text());
    }

    /**
     * Null for a name that goes on after a name separator (总司令【古斯塔】夫·哈格隆德): the segmenter cut a
     * transliterated name, which the recognisers of foreign names read whole.
     */
    private static Span continuesAsForeignName(int[] cps, Span name) {
        if (name == null) {
            return null;
        }
        int e = name.end();
        boolean joinNext = e + 1 < cps.length && ForeignNames.isJoin(cps[e + 1]);
        return e < cps.length && (ForeignNames.isJoin(cps[e]) || joinNext && isHan(cps[e])) ? null : name;
    }

    /** A name starting at {@code p}: a name token, or a surname followed by one or two characters. */
    private Span personAt(int[] cps, int p, Map<Integer, Token> tokenAt) {
        Token t = tokenAt.get(p);
        if (t == null) {
            return null;
        }
        if (names.isCompoundSurname(t.text())) {
            Span whole = withGivenName(cps, t, tokenAt.get(t.span().end()));
            if (whole != null) {
                return whole;
            }
        }
        if (t.pos().startsWith("nr") && names.plausible(t.text())) {
            return withLastCharacter(cps, t, tokenAt);
        }
        if (names.isNotName(t.text()) || !names.hasSurname(t.text())) {
            return null;
        }
        int len = t.span().length();
        if (len >= 2 && len <= 3 && names.plausible(t.text()) && !t.pos().startsWith("v")) {
            return t.span();
        }
        if (len >= 2 && len <= 3 && t.pos().equals("n") && names.plausibleInForm(t.text()) && usualName.test(t.text())
                && endsName(tokenAt.get(t.span().end()))) {
            return t.span(); // 主席【汪洋】会见: a common noun between a post and a verb is the holder's name
        }
        if (len == 1 && !isFunctionWord(t)) {
            Token next = tokenAt.get(t.span().end());
            if (next != null && next.span().length() <= 2 && isHan(cps[next.span().start()])) {
                Span s = new Span(p, next.span().end());
                String name = new String(cps, s.start(), s.length());
                if (names.plausible(name) && !next.pos().startsWith("v") && !next.pos().equals("p")
                        && !next.pos().equals("c")) {
                    return s;
                }
                if (next.pos().startsWith("v") && next.span().length() == 2 && names.plausible(name)
                        && usualName.test(name) && endsName(tokenAt.get(next.span().end()))) {
                    return s; // 教授王|建国、: a given name the segmenter reads as a verb, of usual name characters
                }
            }
        }
        return null;
    }

    /** A two-character surname and the word of one or two Han characters after it (市长上官|吉庆), or null. */
    private static Span withGivenName(int[] cps, Token surname, Token next) {
        if (next == null || next.span().length() > 2 || !isHan(cps[next.span().start()])
                || next.pos().startsWith("v") || FUNCTION_TAGS.contains(next.pos())) {
            return null;
        }
        return new Span(surname.span().start(), next.span().end());
    }

    /** What follows a name and not a noun phrase: a verb, a date (15日), a preposition or conjunction (在, 与, 和), punctuation. */
    private static boolean endsName(Token next) {
        return next != null && (next.pos().startsWith("v") || next.pos().equals("p") || next.pos().equals("c")
                || next.pos().equals("t") || next.pos().equals("m")
                || next.pos().equals("w"));
    }

    /**
     * A three-character name token followed by one more character the segmenter left alone, before a verb, a
     * date or a preposition: four-character names (林郑月|娥|昨晚, 安倍晋|三|在).
     */
    private static Span withLastCharacter(int[] cps, Token name, Map<Integer, Token> tokenAt) {
        Token last = tokenAt.get(name.span().end());
        if (name.span().length() != 3 || last == null || last.span().length() != 1 || !isHan(cps[last.span().start()])
                || !SINGLE_NAME_ENDS.contains(last.pos())) {
            return name.span();
        }
        Token after = tokenAt.get(last.span().end());
        return after != null && endsName(after) ? new Span(name.span().start(), last.span().end()) : name.span();
    }

    /** 亲王【和】经济大臣: a surname character the segmenter reads as a conjunction or preposition starts no name. */
    private static boolean isFunctionWord(Token t) {
        return t.pos().equals("c") || t.pos().equals("p");
    }

    private static boolean isHan(int cp) {
        return Character.isIdeographic(cp);
    }

    private static Mention mention(int[] cps, Span span, MentionType type, double confidence) {
        return new Mention(span, type, new String(cps, span.start(), span.length()), METHOD, confidence);
    }
}
