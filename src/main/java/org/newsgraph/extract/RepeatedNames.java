package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.TitleLexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * A name is the same thing wherever the text writes it. A person named in full once is the same person where
 * the text writes the name again and the recognisers read it as nothing, or cut a one-character place out of
 * it (高以翔第一次【跟桂】纶镁见面: 桂 read as 广西); only names of three or more characters are taken, which are
 * not words of their own. And a "person" of three or more characters that somewhere stands right before an
 * office and a person is that person's country everywhere (温家宝与【格林纳达】总理会谈 … 与格林纳达总理托马斯举行会谈).
 */
final class RepeatedNames {

    static final String METHOD = "repeated-name";
    private static final int SHORTEST = 3;
    private static final int LONGEST_TITLE = 8;
    /** Offices whose holder's country or government stands before them (格林纳达总理, 伊朗总统). */
    private static final Set<String> STATE_KINDS = Set.of("state", "government");
    /** As sure as the model: the name was read once already. */
    private static final double CONFIDENCE = 0.8;

    private final TitleLexicon titles;

    RepeatedNames(TitleLexicon titles) {
        this.titles = titles;
    }

    /** The mentions with every further, unread occurrence of a found name added, and places read as persons retyped. */
    List<Mention> complete(String text, List<Mention> mentions) {
        Map<Integer, List<String>> byFirst = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON && m.span().length() >= 2
                    && m.span().length() == m.text().codePointCount(0, m.text().length())) {
                List<String> same = byFirst.computeIfAbsent(m.text().codePointAt(0), k -> new ArrayList<>());
                if (!same.contains(m.text())) {
                    same.add(m.text());
                }
            }
        }
        if (byFirst.isEmpty()) {
            return mentions;
        }
        int[] cps = text.codePoints().toArray();
        MentionIndex index = new MentionIndex(mentions);
        List<Mention> added = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (int i = 0; i < cps.length; i++) {
            for (String name : byFirst.getOrDefault(cps[i], List.of())) {
                Span at = new Span(i, i + name.codePointCount(0, name.length()));
                if (at.end() > cps.length || !name.equals(new String(cps, i, at.length()))) {
                    continue;
                }
                if (at.length() >= SHORTEST && titleThenPerson(cps, index, at.end(), true)) {
                    places.add(name);
                } else if (at.length() >= SHORTEST && unread(index.overlapping(at)) && !titleThenPerson(cps, index, at.end(), false)) {
                    added.add(new Mention(at, MentionType.PERSON, name, METHOD, CONFIDENCE));
                }
            }
        }
        List<Mention> out = added.isEmpty() ? mentions : merged(mentions, added);
        return places.isEmpty() ? out : out.stream().map(m -> m.type() == MentionType.PERSON && places.contains(m.text())
                ? new Mention(m.span(), MentionType.PLACE, m.text(), m.method(), m.confidence()) : m).toList();
    }

    /**
     * True when exactly a title stands between {@code end} and a person (【格林纳达】总理托马斯); with
     * {@code ofState}, only an office of a state or government, not a reporter's (记者甲本报记者乙 is a byline).
     */
    private boolean titleThenPerson(int[] cps, MentionIndex index, int end, boolean ofState) {
        for (int k = end + 1; k <= Math.min(cps.length - 1, end + LONGEST_TITLE); k++) {
            if (index.startsAt(k, MentionType.PERSON)) {
                TitleLexicon.Title t = titles.roleOf(new String(cps, end, k - end));
                return t != null && t.word().codePointCount(0, t.word().length()) == k - end
                        && (!ofState || STATE_KINDS.contains(t.kind()));
            }
        }
        return false;
    }

    /** Nothing is read there, or only a one-character place the name runs through. */
    private static boolean unread(List<Mention> there) {
        return there.stream().allMatch(o -> o.type() == MentionType.PLACE && o.span().length() == 1);
    }

    private static List<Mention> merged(List<Mention> mentions, List<Mention> added) {
        List<Mention> out = new ArrayList<>(mentions.size() + added.size());
        for (Mention m : mentions) {
            if (added.stream().noneMatch(a -> a.span().overlaps(m.span()))) {
                out.add(m);
            }
        }
        out.addAll(added);
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }
}
