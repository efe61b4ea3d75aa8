package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsgraph.extract.segment.NameRoleCounts;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Finds a name the recognisers missed where it is joined to a person by a conjunction, since Chinese joins
 * like with like: 彭于晏和【高以翔】, 【舒淇】和冯小刚, 雷阿伦和【隆多】, 克林顿与【希拉里】 (read as a place). The
 * other side must be whole words of the segmenter that make a plausible Chinese name whose characters
 * names use in those places (HanLP's person-name roles), or a word written only in transliteration
 * characters; a place or organisation the recogniser guessed is retyped only in the second case.
 */
public final class CoordinatedNames {

    static final String METHOD = "coordination";

    private final Set<String> conjunctions;
    private final IntFunction<NameRoleCounts> roles;
    private final PersonNames names;
    private final ForeignNames foreign;
    private final Predicate<String> knownPlace;

    /** @param knownPlace true for a word a dictionary knows as a place (巴西, 格林纳达), never read as a name */
    public CoordinatedNames(Lexicons lexicons, IntFunction<NameRoleCounts> roles, PersonNames names, ForeignNames foreign,
                            Predicate<String> knownPlace) {
        this.conjunctions = lexicons.rows("name-cues.tsv", 2).stream().filter(r -> r[0].equals("coordination"))
                .map(r -> r[1]).collect(Collectors.toUnmodifiableSet());
        this.roles = roles;
        this.names = names;
        this.foreign = foreign;
        this.knownPlace = knownPlace;
    }

    /** The words that join names (name-cues.tsv coordination: 和, 与, 及, 、). */
    public Set<String> conjunctions() {
        return conjunctions;
    }

    public List<Mention> complete(String text, List<Mention> mentions, List<Token> tokens) {
        int[] cps = null;
        MentionIndex index = null;
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token conj = tokens.get(i);
            if (!conjunctions.contains(conj.text())) {
                continue;
            }
            cps = cps == null ? text.codePoints().toArray() : cps;
            index = index == null ? new MentionIndex(mentions) : index;
            Mention found = null;
            if (index.endsAt(conj.span().start(), MentionType.PERSON)) {
                found = after(cps, tokens, i, index);
            } else if (index.startsAt(conj.span().end(), MentionType.PERSON)) {
                found = before(cps, tokens, i, index);
            }
            if (found != null) {
                index.replace(found);
                changed = true;
            }
        }
        return changed ? index.mentions() : mentions;
    }

    /**
     * The name made of the one to three words after conjunction {@code i}, or null. Between two persons
     * (栗战书、【汪洋】、王沪宁; 王宁、【甘霖】和成都市委书记范锐平) a name may also be a common word.
     */
    private Mention after(int[] cps, List<Token> tokens, int i, MentionIndex mentions) {
        Mention best = null;
        int start = tokens.get(i).span().end();
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
            boolean between = j + 1 < tokens.size() && conjunctions.contains(tokens.get(j + 1).text())
                    && personAt(tokens.get(j + 1).span().end(), mentions);
            Mention m = candidate(cps, new Span(start, tokens.get(j).span().end()), mentions, between,
                    j == i + 1 && personWord(tokens.get(j)));
            best = m != null ? m : best;
        }
        return best;
    }

    /** A person starts there, or a post and then a person (和【成都市委书记】范锐平). */
    private static boolean personAt(int at, MentionIndex mentions) {
        if (mentions.startsAt(at, MentionType.PERSON)) {
            return true;
        }
        Mention title = mentions.overlapping(new Span(at, at + 1)).stream()
                .filter(m -> m.type() == MentionType.TITLE && m.start() == at).findFirst().orElse(null);
        return title != null && mentions.startsAt(title.end(), MentionType.PERSON);
    }

    /** The name made of the one to three words before conjunction {@code i}, or null. */
    private Mention before(int[] cps, List<Token> tokens, int i, MentionIndex mentions) {
        Mention best = null;
        int end = tokens.get(i).span().start();
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            Mention m = candidate(cps, new Span(tokens.get(j).span().start(), end), mentions, false,
                    j == i - 1 && personWord(tokens.get(j)));
            best = m != null ? m : best;
        }
        return best;
    }

    /**
     * @param personWord the span is one word the segmenter's name recogniser read as a person: a place or
     *                   organisation guessed there is retyped as a Chinese name too (许昕、【马龙】 read as 马龙区,
     *                   马化腾与【雷军】 read as an army)
     */
    private Mention candidate(int[] cps, Span s, MentionIndex mentions, boolean betweenPersons, boolean personWord) {
        if (s.end() > cps.length || s.length() < 2 || s.length() > 8) {
            return null;
        }
        List<Mention> inside = mentions.overlapping(s);
        if (inside.size() > 1 || inside.size() == 1 && !guessed(inside.get(0), s, personWord)) {
            return null;
        }
        String name = new String(cps, s.start(), s.length());
        boolean transliterated = foreign.allForeign(cps, s.start(), s.end()) && !names.isNotName(name)
                && !knownPlace.test(name);
        if (transliterated || (inside.isEmpty() || personWord) && chinese(cps, s, name, betweenPersons)) {
            return new Mention(s, MentionType.PERSON, name, METHOD, 0.6);
        }
        return null;
    }

    /**
     * A place or organisation the statistical recogniser guessed for exactly this span; where the segmenter read
     * the span as a person, also a place of the gazetteer (许昕、【马龙】 read as 马龙区).
     */
    private static boolean guessed(Mention m, Span s, boolean personWord) {
        boolean byModel = m.method().equals(NerRecognizer.METHOD);
        boolean byGazetteer = personWord && m.method().equals(GazetteerRecognizer.METHOD);
        return m.span().equals(s) && (m.type() == MentionType.ORGANIZATION && byModel
                || m.type() == MentionType.PLACE && (byModel || byGazetteer));
    }

    /** A word HanLP's name recogniser tagged as a person's name (nr). */
    private static boolean personWord(Token t) {
        return t.pos().equals("nr");
    }

    /** Surname and given name whose characters names use in those places: 高以翔 (翔 ends given names). */
    private boolean chinese(int[] cps, Span s, String name, boolean betweenPersons) {
        if (s.length() > 3 || !(betweenPersons ? names.plausibleInForm(name) : names.plausible(name))) {
            return false;
        }
        NameRoleCounts last = roles.apply(cps[s.end() - 1]);
        return s.length() == 3 ? roles.apply(cps[s.start() + 1]).firstOfGiven() > 0 && last.mostly(last.lastOfGiven())
                : last.mostly(last.singleGiven());
    }
}
