package org.newsgraph.extract;

import org.newsgraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Names;
import org.newsgraph.model.Span;

/**
 * Cuts a person name that a recogniser ran into a conjunction (李鹏【和】夫人朱琳 → 李鹏): the last character is
 * one of name-boundaries.tsv and what follows is a title, another name, or a word the file allows.
 */
public final class NameBoundaries {

    private static final String ANYTHING = "*";

    private final Map<Integer, List<String>> followers = new HashMap<>();

    public NameBoundaries(List<String[]> rows) {
        rows.forEach(r -> followers.put(r[0].codePointAt(0),
                r[1].isEmpty() ? List.of() : List.of(r[1].split(","))));
    }

    public static NameBoundaries load(Lexicons lexicons) {
        return new NameBoundaries(lexicons.rows("name-boundaries.tsv", 2));
    }

    public List<Mention> cut(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean person = m.type() == MentionType.PERSON;
            out.add(person && swallowedFollower(m) ? shortened(m, 2) : person && runsOn(text, m, mentions)
                    ? shortened(m, 1) : m);
        }
        return out;
    }

    private boolean runsOn(String text, Mention m, List<Mention> mentions) {
        String name = Names.compact(m.text());
        int n = name.codePointCount(0, name.length());
        if (n < 3 || n > 4 || !m.text().equals(name)) {
            return false;
        }
        List<String> next = followers.get(name.codePointBefore(name.length()));
        if (next == null) {
            return false;
        }
        boolean titleOrName = mentions.stream().anyMatch(o -> o.start() == m.end()
                && (o.type() == MentionType.TITLE || o.type() == MentionType.PERSON));
        String after = text.substring(Math.min(text.length(), text.offsetByCodePoints(0, m.end())));
        return titleOrName || next.contains(ANYTHING) || next.stream().anyMatch(after::startsWith);
    }

    /**
     * A name of four or five characters that took in one of the words the table lists after its last-but-one
     * character as well (马季【之子】马东, 刘青云【均有】, 张伟【来到】): both characters go.
     */
    private boolean swallowedFollower(Mention m) {
        String name = m.text();
        int[] cps = name.codePoints().toArray();
        if (cps.length < 4 || cps.length > 5 || !name.equals(Names.compact(name))) {
            return false;
        }
        List<String> next = followers.get(cps[cps.length - 2]);
        return next != null && next.contains(new String(cps, cps.length - 1, 1));
    }

    private static Mention shortened(Mention m, int by) {
        int n = m.text().codePointCount(0, m.text().length());
        String t = m.text().substring(0, m.text().offsetByCodePoints(0, n - by));
        return new Mention(new Span(m.start(), m.end() - by), m.type(), t, m.method(), m.confidence());
    }
}
