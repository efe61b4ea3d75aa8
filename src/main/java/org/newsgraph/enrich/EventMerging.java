package org.newsgraph.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-article event merging: reports of the same type on the same date that share at least one
 * canonical participant are one event. Reports without a date or without participants stay events of
 * their own. Candidates are looked up by type and date, so the pass stays linear in the number of reports.
 */
public final class EventMerging {

    private EventMerging() {
    }

    /**
     * One event as one article reports it: its IRI, type IRI, date ({@code ""} when none), place IRI
     * ({@code null} when none), and participant IRI to role IRI.
     */
    public record Report(String event, String type, String date, String place, SortedMap<String, String> participants)
            implements java.io.Serializable {
        public Report {
            participants = Collections.unmodifiableSortedMap(new TreeMap<>(participants));
        }

        /** The canonical persons taking part, in IRI order; a person without a canonical one stands for itself. */
        public SortedSet<String> people(Map<String, String> canonicalOf) {
            SortedSet<String> out = new TreeSet<>();
            participants.keySet().forEach(p -> out.add(canonicalOf.getOrDefault(p, p)));
            return out;
        }
    }

    /** One merged event: its reports in input order; the first gives type and date. */
    public record MergedEvent(List<Report> reports) {
        public MergedEvent {
            reports = List.copyOf(reports);
        }

        public Report first() {
            return reports.get(0);
        }

        /** Every canonical participant of every report, in IRI order. */
        public SortedSet<String> people(Map<String, String> canonicalOf) {
            SortedSet<String> out = new TreeSet<>();
            reports.forEach(r -> out.addAll(r.people(canonicalOf)));
            return out;
        }
    }

    /** Merges reports given in a fixed order; events come out in the order of their first report. */
    public static List<MergedEvent> merge(List<Report> reports, Map<String, String> canonicalOf) {
        List<List<Report>> events = new ArrayList<>();
        Map<String, List<List<Report>>> byTypeAndDate = new HashMap<>();
        for (Report r : reports) {
            List<Report> same = sameEvent(r, byTypeAndDate, canonicalOf);
            if (same == null) {
                List<Report> ev = new ArrayList<>(List.of(r));
                events.add(ev);
                byTypeAndDate.computeIfAbsent(r.type() + " " + r.date(), k -> new ArrayList<>()).add(ev);
            } else {
                same.add(r);
            }
        }
        return events.stream().map(MergedEvent::new).toList();
    }

    private static List<Report> sameEvent(Report r, Map<String, List<List<Report>>> byTypeAndDate,
                                          Map<String, String> canonicalOf) {
        SortedSet<String> people = r.people(canonicalOf);
        if (r.date().isEmpty() || people.isEmpty()) {
            return null;
        }
        for (List<Report> ev : byTypeAndDate.getOrDefault(r.type() + " " + r.date(), List.of())) {
            if (ev.stream().anyMatch(x -> x.people(canonicalOf).stream().anyMatch(people::contains))) {
                return ev;
            }
        }
        return null;
    }
}
