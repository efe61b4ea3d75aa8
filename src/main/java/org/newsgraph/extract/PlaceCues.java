package org.newsgraph.extract;

import org.newsgraph.lexicon.DictionaryMatcher;
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
 * Transliterated places read as persons (巴杜尔火山, 城市哈斯科沃): a person whose name is followed by the word
 * for a kind of natural feature or landmark (place-cues.tsv {@code feature}, as a whole word of the segmentation)
 * is that place, name and word together; one preceded by a noun for a kind of settlement ({@code before}:
 * 首都, 城市) is a place. A place followed by such a feature word of two characters or more is the landmark
 * (桂林|机场 → 桂林机场). A person whose name ends with a character that closes place names and no given name
 * ({@code ending}: 茂宜岛, 李子坝) is a place.
 */
public final class PlaceCues {

    private final DictionaryMatcher<Boolean> features = new DictionaryMatcher<>();
    private final DictionaryMatcher<Boolean> before = new DictionaryMatcher<>();
    private final Set<Integer> endings = new HashSet<>();

    public PlaceCues(List<String[]> rows) {
        for (String[] r : rows) {
            if (r[0].equals("ending")) {
                endings.add(r[1].codePointAt(0));
            } else {
                (r[0].equals("before") ? before : features).add(r[1], Boolean.TRUE);
            }
        }
    }

    public static PlaceCues load(Lexicons lexicons) {
        return new PlaceCues(lexicons.rows("place-cues.tsv", 2));
    }

    public List<Mention> retype(String text, List<Mention> mentions, List<Token> tokens) {
        int[] cps = null;
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Token t : tokens) {
            starts.add(t.span().start());
            ends.add(t.span().end());
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention place = null;
            if (m.type() == MentionType.PERSON) {
                cps = cps != null ? cps : text.codePoints().toArray();
                place = asPlace(cps, m, starts, ends);
            } else if (m.type() == MentionType.PLACE && starts.contains(m.end())) {
                cps = cps != null ? cps : text.codePoints().toArray();
                int limit = i + 1 < mentions.size() ? mentions.get(i + 1).start() : cps.length;
                place = withFeature(cps, m, ends, limit);
            }
            out.add(place == null ? m : place);
        }
        return out;
    }

    /**
     * A place followed by a feature word of two characters or more, written as a word of its own, is named by
     * both (桂林|机场 → 桂林机场, 汾河|公园): news corpora mark the landmark, not the city in it. One-character
     * features (山, 路) are left alone: after a place they are as often a common word.
     */
    private Mention withFeature(int[] cps, Mention m, Set<Integer> ends, int limit) {
        for (var f : features.allAt(cps, m.end())) {
            int end = f.span().end();
            if (end - m.end() >= 2 && end <= limit && ends.contains(end)) {
                return new Mention(new Span(m.start(), end), MentionType.PLACE, new String(cps, m.start(), end - m.start()),
                        m.method(), m.confidence());
            }
        }
        return null;
    }

    private Mention asPlace(int[] cps, Mention m, Set<Integer> starts, Set<Integer> ends) {
        if (m.end() > cps.length) {
            return null;
        }
        if (starts.contains(m.end())) {
            for (var f : features.allAt(cps, m.end())) {
                if (ends.contains(f.span().end())) {
                    int end = f.span().end();
                    return new Mention(new Span(m.start(), end), MentionType.PLACE, new String(cps, m.start(), end - m.start()),
                            m.method(), m.confidence());
                }
            }
        }
        boolean placeEnding = m.span().length() >= 2 && endings.contains(cps[m.end() - 1]);
        return placeEnding || before.longestEndingAt(cps, m.start()) != null
                ? new Mention(m.span(), MentionType.PLACE, m.text(), m.method(), m.confidence()) : null;
    }
}
