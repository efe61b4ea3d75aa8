package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.newsgraph.extract.segment.NameRoleCounts;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/**
 * Completes a three-character name that the recognisers cut to two where the name stands alone between
 * list boundaries, as officials' names do in news lists: 会长【聂梅】生、… → 聂梅生, 副局长【杨燕】华和… → 杨燕华,
 * ，蔡【方柏】大使 → 蔡方柏. The missing character must be one that names mostly use in that place (HanLP's
 * person-name roles), and the name must be followed (or preceded) by punctuation, a conjunction, a title or
 * a date — never by running text, where the character is more likely the next word, nor by another name
 * (王磊【胜】俞斌 is a result).
 *
 * <p>A name cut before 和 takes it back when a date follows ({@link #beforeDate}), and a name cut to two takes
 * its third character when the recognisers found it in full elsewhere in the text.
 *
 * <p>It also trims a preposition read as a surname inside running text (人民【向】赵刚一行表示欢迎 → 赵刚), when
 * names use the character more often around them than as a surname and the rest is a name of its own.
 */
public final class NameCompletion {

    private static final String PUNCTUATION = "、，,。；;：:！？“”\"（）()《》";

    private final IntFunction<NameRoleCounts> roles;
    private final PersonNames names;
    /** One-character words that end a name in a list (name-cues.tsv: list-word). */
    private final String listWords;
    /** One-character prepositions that are also surnames (name-cues.tsv: preposition). */
    private final String prepositions;
    /** One-character words that join two persons (name-cues.tsv: coordination, 和 与 同). */
    private final String conjunctions;

    /** @param roles how often names use a character in each place (HanLP's person-name roles) */
    public NameCompletion(Lexicons lexicons, IntFunction<NameRoleCounts> roles, PersonNames names) {
        this.listWords = cues(lexicons, "list-word");
        this.prepositions = cues(lexicons, "preposition");
        this.conjunctions = lexicons.rows("name-cues.tsv", 2).stream()
                .filter(r -> r[0].equals("coordination") && r[1].length() == 1 && Character.isIdeographic(r[1].charAt(0)))
                .map(r -> r[1]).collect(Collectors.joining());
        this.roles = roles;
        this.names = names;
    }

    /** A name followed by a character the text lost (徐若?、) takes it: the ? is the name's last character. */
    private static Mention withLostCharacter(int[] cps, Mention m) {
        if (m.end() >= cps.length || !Text.isLostCharacter(cps, m.end())) {
            return m;
        }
        Span s = new Span(m.start(), m.end() + 1);
        return new Mention(s, m.type(), new String(cps, s.start(), s.length()), m.method(), m.confidence());
    }

    public List<Mention> complete(String text, List<Mention> mentions) {
        int[] cps = null;
        MentionIndex index = null;
        Set<String> persons = null;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention read : mentions) {
            cps = cps == null && read.type() == MentionType.PERSON ? text.codePoints().toArray() : cps;
            Mention m = read.type() == MentionType.PERSON ? withLostCharacter(cps, read) : read;
            int length = m.text().codePointCount(0, m.text().length());
            if (m.type() == MentionType.PERSON && m.span().length() == length && (length == 2 || length == 3)) {
                index = index == null ? new MentionIndex(mentions) : index;
                persons = persons == null ? personTexts(mentions) : persons;
                out.add(length == 2 ? completed(cps, m, index, persons) : trimmed(cps, m));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private Mention completed(int[] cps, Mention m, MentionIndex mentions, Set<String> persons) {
        int after = m.end();
        if (after + 1 <= cps.length && free(after, mentions) && (lastOfGiven(cps[after]) || beforeDate(cps, after, mentions))
                && endsItem(cps, after + 1, mentions) && names.plausible(name(cps, m.start(), after + 1))
                || after < cps.length && free(after, mentions) && persons.contains(name(cps, m.start(), after + 1))) {
            return widened(cps, m, new Span(m.start(), after + 1));
        }
        int before = m.start() - 1;
        if (before >= 0 && free(before, mentions) && surname(cps[before])
                && startsItem(cps, before, mentions) && endsItem(cps, m.end(), mentions)
                && names.plausible(name(cps, before, m.end()))) {
            return widened(cps, m, new Span(before, m.end()));
        }
        return m;
    }

    /** The persons' names as found, so a name cut to two can take its third character back (向【佟大】为讨教…“佟大为). */
    private static Set<String> personTexts(List<Mention> mentions) {
        return mentions.stream().filter(o -> o.type() == MentionType.PERSON).map(Mention::text).collect(Collectors.toSet());
    }

    /**
     * A conjunction that would join the name to a date ends the name instead (董事长邵志【和】昨日出庭): 和 does not
     * join a person to a time.
     */
    private boolean beforeDate(int[] cps, int at, MentionIndex mentions) {
        return conjunctions.indexOf(cps[at]) >= 0 && mentions.startsAt(at + 1, MentionType.DATE);
    }

    private static String cues(Lexicons lexicons, String kind) {
        return lexicons.rows("name-cues.tsv", 2).stream().filter(r -> r[0].equals(kind)).map(r -> r[1])
                .collect(Collectors.joining());
    }

    private Mention trimmed(int[] cps, Mention m) {
        NameRoleCounts first = roles.apply(cps[m.start()]);
        boolean inText = m.start() > 0 && PUNCTUATION.indexOf(cps[m.start() - 1]) < 0;
        if (inText && prepositions.indexOf(cps[m.start()]) >= 0 && first.aroundNames() > first.surname()
                && names.plausible(name(cps, m.start() + 1, m.end()))) {
            return widened(cps, m, new Span(m.start() + 1, m.end()));
        }
        return m;
    }

    private boolean lastOfGiven(int cp) {
        NameRoleCounts r = roles.apply(cp);
        return r.mostly(r.lastOfGiven());
    }

    private boolean surname(int cp) {
        NameRoleCounts r = roles.apply(cp);
        return r.mostly(r.surname());
    }

    private static Mention widened(int[] cps, Mention m, Span span) {
        return new Mention(span, m.type(), name(cps, span.start(), span.end()), m.method(), m.confidence());
    }

    private static String name(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    private static boolean free(int cp, MentionIndex mentions) {
        return mentions.free(new Span(cp, cp + 1));
    }

    /** True when an item of a list ends before code point {@code i}. */
    private boolean endsItem(int[] cps, int i, MentionIndex mentions) {
        return i >= cps.length || PUNCTUATION.indexOf(cps[i]) >= 0 || listWords.indexOf(cps[i]) >= 0
                || mentions.startsAt(i, MentionType.TITLE) || mentions.startsAt(i, MentionType.DATE);
    }

    /** True when an item of a list starts at code point {@code i}: after punctuation or a title. */
    private static boolean startsItem(int[] cps, int i, MentionIndex mentions) {
        return i == 0 || PUNCTUATION.indexOf(cps[i - 1]) >= 0 || mentions.endsAt(i, MentionType.TITLE);
    }
}
