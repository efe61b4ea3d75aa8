package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * HanLP's own role-tagging recognisers, read off the segmentation: nr → PERSON, ns → PLACE,
 * nt → ORGANIZATION. Person names must look like names (surname, 2–4 characters, not 占比).
 */
public final class HanlpNameRecognizer implements Recognizer {

    public static final String METHOD = "hanlp-role-tagging";

    /** Characters that may follow a two-character name: list marks, brackets, conjunctions, prepositions. */
    private static final String NAME_FOLLOWERS = "、等与和及同在对向为说讲表指强要率带到赴深先是也已就将曾均作任";
    /** Han characters after which a name may start (和【李静】, 由【王勇】). */
    private static final String NAME_PRECEDERS = "和与及同由向对给让请被将把";

    private final PersonNames names;
    private final Predicate<String> isVerb;
    private final Predicate<String> commonWord;

    /**
     * @param isVerb true for verbs, used to cut a verb's first character off a name (魏民【主持】)
     * @param commonWord true for ordinary dictionary words
     */
    public HanlpNameRecognizer(PersonNames names, Predicate<String> isVerb, Predicate<String> commonWord) {
        this.names = names;
        this.isVerb = isVerb;
        this.commonWord = commonWord;
    }

    /**
     * HanLP tags many new compounds as names (管控, 封控, 高端). A two-character name is only taken where a
     * name can stand: after a boundary and before a list mark, a conjunction or a verb (连波【介绍】); a
     * three-character name whose first two characters are an ordinary word (安全和) is not taken.
     */
    private boolean wellPlaced(Token name, int[] cps) {
        String text = name.text();
        if (text.length() == 3) {
            return !commonWord.test(text.substring(0, 2));
        }
        int start = name.span().start();
        int end = name.span().end();
        boolean boundaryBefore = start == 0 || !Character.isIdeographic(cps[start - 1])
                || NAME_PRECEDERS.indexOf(cps[start - 1]) >= 0;
        boolean nameAfter = end < cps.length && (NAME_FOLLOWERS.indexOf(cps[end]) >= 0
                || end + 1 < cps.length && isVerb.test(new String(cps, end, 2)));
        return boundaryBefore && nameAfter;
    }

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int[] cps = article.text().codePoints().toArray();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int start = t.span().start();
            if (start > 0 && Character.isDigit(cps[start - 1])) {
                continue; // 4时许, 30余处: a counter after a number, not a name
            }
            if ((t.pos().equals("nr") || t.pos().equals("nrf") && t.text().length() >= 3)) {
                Token name = t;
                if (t.text().length() == 3 && i + 1 < tokens.size()
                        && isVerb.test(t.text().substring(2) + tokens.get(i + 1).text())) {
                    name = new Token(new Span(start, start + 2), t.text().substring(0, 2), t.pos());
                }
                if (names.plausible(name.text()) && wellPlaced(name, cps)) {
                    out.add(new Mention(name.span(), MentionType.PERSON, name.text(), METHOD, 0.7));
                }
            } else if (t.pos().equals("ns") && t.text().length() >= 2) {
                out.add(new Mention(t.span(), MentionType.PLACE, t.text(), METHOD, 0.6));
            } else if (t.pos().equals("nt") && t.text().length() >= 3) {
                out.add(new Mention(t.span(), MentionType.ORGANIZATION, t.text(), METHOD, 0.6));
            }
        }
        return out;
    }
}
