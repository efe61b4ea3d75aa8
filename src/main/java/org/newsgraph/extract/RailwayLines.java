package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * Railway lines named by the abbreviations of their ends (京九线, 京广线; lexicon/railway-lines.tsv) are places.
 * The model reads one end alone (【京】九线) or runs the line into the organisation before it (【郑州分局京广线】):
 * mentions inside the line give way to it, and one that ends with the line keeps what comes before it.
 */
public final class RailwayLines {

    public static final String METHOD = "railway-line";

    private static final int MIN_LEFT = 2;

    private final DictionaryMatcher<Boolean> lines = new DictionaryMatcher<>();

    public RailwayLines(List<String[]> rows) {
        rows.forEach(r -> lines.add(r[0], Boolean.TRUE));
    }

    public static RailwayLines load(Lexicons lexicons) {
        return new RailwayLines(lexicons.rows("railway-lines.tsv", 1));
    }

    public List<Mention> mark(String text, List<Mention> mentions) {
        if (text.indexOf('线') < 0 && !text.contains("铁路")) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        int end = 0;
        for (var f : lines.findAll(text)) {
            if (f.span().start() >= end) {
                end = f.span().end();
                place(out, f.span(), f.word());
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    private static void place(List<Mention> mentions, Span line, String name) {
        List<Mention> over = mentions.stream().filter(m -> m.span().overlaps(line)).toList();
        for (Mention m : over) {
            boolean inside = line.contains(m.span());
            boolean endsWithIt = m.end() == line.end() && line.start() - m.start() >= MIN_LEFT;
            if (!inside && !endsWithIt) {
                return; // a longer name holds the line's characters otherwise: leave it
            }
        }
        for (Mention m : over) {
            mentions.remove(m);
            if (!line.contains(m.span())) {
                Span left = new Span(m.start(), line.start());
                mentions.add(new Mention(left, m.type(), m.text().substring(0, m.text().offsetByCodePoints(0, left.length())),
                        m.method(), m.confidence()));
            }
        }
        mentions.add(new Mention(line, MentionType.PLACE, name, METHOD, 0.8));
    }
}
