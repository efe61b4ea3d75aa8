package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * Flat (non-overlapping) mentions by position, so that the name repairs ask "what is here?" in
 * logarithmic time however many mentions a long record holds; replacing a mention keeps the list flat.
 */
final class MentionIndex {

    private final TreeMap<Integer, Mention> byStart = new TreeMap<>();
    private final List<Mention> others = new ArrayList<>();

    /** The mentions with others added, by start; the same list when there are none to add. */
    static List<Mention> withAdded(List<Mention> mentions, List<Mention> added) {
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        out.addAll(added);
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    MentionIndex(List<Mention> flat) {
        for (Mention m : flat) {
            Mention before = byStart.putIfAbsent(m.start(), m);
            if (before != null) {
                others.add(m); // not flat after all: kept, but not asked about
            }
        }
    }

    /** The mentions that overlap the span. */
    List<Mention> overlapping(Span s) {
        List<Mention> out = new ArrayList<>();
        Map.Entry<Integer, Mention> first = byStart.floorEntry(s.start());
        int from = first != null && first.getValue().end() > s.start() ? first.getKey() : s.start();
        for (Mention m : byStart.subMap(from, true, s.end(), false).values()) {
            if (m.span().overlaps(s)) {
                out.add(m);
            }
        }
        return out;
    }

    boolean free(Span s) {
        return overlapping(s).isEmpty();
    }

    /** A mention of the type that starts exactly at code point {@code cp}. */
    boolean startsAt(int cp, MentionType type) {
        Mention m = byStart.get(cp);
        return m != null && m.type() == type;
    }

    /** A mention of the type that ends exactly at code point {@code cp}. */
    boolean endsAt(int cp, MentionType type) {
        Map.Entry<Integer, Mention> e = byStart.lowerEntry(cp);
        return e != null && e.getValue().end() == cp && e.getValue().type() == type;
    }

    /** Puts {@code m} in place of the mentions it overlaps. */
    void replace(Mention m) {
        overlapping(m.span()).forEach(o -> byStart.remove(o.start()));
        byStart.put(m.start(), m);
    }

    List<Mention> mentions() {
        List<Mention> out = new ArrayList<>(byStart.values());
        out.addAll(others);
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }
}
