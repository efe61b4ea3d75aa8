package org.newsgraph.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who met whom: every two canonical persons taking part in a common event form a pair, supported by the
 * events they share. A pair is face to face when one of its events is not a call, and by phone when one is.
 * Only event participants are paired: people who merely appear in the same article never are.
 */
public final class MeetingPairs {

    private MeetingPairs() {
    }

    /** One canonical event: its IRI, date ({@code ""} when none), whether it was a call, its participants. */
    public record Meeting(String event, String date, boolean call, SortedSet<String> people)
            implements java.io.Serializable {
        public Meeting {
            people = Collections.unmodifiableSortedSet(new TreeSet<>(people));
        }
    }

    /** Two persons ({@code a} before {@code b} in IRI order), the events and dates they share, and how they met. */
    public record Pair(String a, String b, SortedSet<String> events, SortedSet<String> dates, boolean faceToFace,
                       boolean byPhone) {
        public Pair {
            events = Collections.unmodifiableSortedSet(new TreeSet<>(events));
            dates = Collections.unmodifiableSortedSet(new TreeSet<>(dates));
        }
    }

    /** The pairs, ordered by their two IRIs. */
    public static List<Pair> pairs(List<Meeting> meetings) {
        Map<String, Builder> byKey = new TreeMap<>();
        for (Meeting m : meetings) {
            List<String> people = new ArrayList<>(m.people());
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    String a = people.get(i);
                    String b = people.get(j);
                    byKey.computeIfAbsent(a + " " + b, k -> new Builder(a, b)).add(m);
                }
            }
        }
        return byKey.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final String a;
        private final String b;
        private final SortedSet<String> events = new TreeSet<>();
        private final SortedSet<String> dates = new TreeSet<>();
        private boolean faceToFace;
        private boolean byPhone;

        Builder(String a, String b) {
            this.a = a;
            this.b = b;
        }

        void add(Meeting m) {
            events.add(m.event());
            if (!m.date().isEmpty()) {
                dates.add(m.date());
            }
            if (m.call()) {
                byPhone = true;
            } else {
                faceToFace = true;
            }
        }

        Pair build() {
            return new Pair(a, b, events, dates, faceToFace, byPhone);
        }
    }
}
