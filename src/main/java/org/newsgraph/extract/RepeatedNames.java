package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.lexicon.TitleLexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * A person named in full once is the same person where the text writes the name again and the recognisers
 * read it as nothing, or cut a one-character place out of it (高以翔第一次【跟桂】纶镁见面: 桂 read as 广西).
 * Only names of three or more characters are taken, which are not words of their own.
 */
final class RepeatedNames {

    static final String METHOD = "repeated-name";
    private static final int SHORTEST = 3;
    private static final int LONGEST_TITLE = 8;

    private final TitleLexicon titles;

    RepeatedNames(TitleLexicon titles) {
        this.titles = titles;
    }

    /** The mentions with every further, unread occurrence of a found name added as a person. */
    List<Mention> complete(String text, List<Mention> mentions) {
        Map<Integer, List<Mention>> byFirst = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON && m.span().length() >= SHORTEST
                    && m.span().length() == m.text().codePointCount(0, m.text().length())) {
                List<Mention> same = byFirst.computeIfAbsent(m.text().codePointAt(0), k -> new ArrayList<>());
                if (same.stream().noneMatch(o -> o.text().equals(m.text()))) {
                    same.add(m);
                }
            }
        }
        if (byFirst.isEmpty()) {
            return mentions;
        }
        int[] cps = text.codePoints().toArray();
        MentionIndex index = new MentionIndex(mentions);
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            for (Mention name : byFirst.getOrDefault(cps[i], List.of())) {
                Span at = new Span(i, i + name.span().length());
                if (at.end() <= cps.length && name.text().equals(new String(cps, i, at.length()))
                        && unread(index.overlapping(at)) && !beforeTitledPerson(cps, index, at.end())) {
                    added.add(new Mention(at, MentionType.PERSON, name.text(), METHOD, name.confidence()));
                }
            }
        }
        return added.isEmpty() ? mentions : merged(mentions, added);
    }

    /** Nothing is read there, or only a one-character place the name runs through. */
    private static boolean unread(List<Mention> there) {
        return there.stream().allMatch(o -> o.type() == MentionType.PLACE && o.span().length() == 1);
    }

    /**
     * What stands before a title and a person is that person's country or organisation, not a person
     * (与【格林纳达】总理托马斯会谈, where the headline had read the country as a name).
     */
    private boolean beforeTitledPerson(int[] cps, MentionIndex index, int end) {
        for (int k = end + 1; k <= Math.min(cps.length - 1, end + LONGEST_TITLE); k++) {
            if (index.startsAt(k, MentionType.PERSON)) {
                TitleLexicon.Title t = titles.roleOf(new String(cps, end, k - end));
                return t != null && t.word().codePointCount(0, t.word().length()) == k - end;
            }
        }
        return false;
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
