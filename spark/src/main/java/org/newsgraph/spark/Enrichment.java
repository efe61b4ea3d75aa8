package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.enrich.EnrichmentGraphs;
import org.newsgraph.enrich.EventMerging;
import org.newsgraph.enrich.EventMerging.MergedEvent;
import org.newsgraph.enrich.EventMerging.Report;
import org.newsgraph.enrich.MeetingPairs;
import org.newsgraph.enrich.MeetingPairs.Meeting;
import org.newsgraph.enrich.PersonResolution;
import org.newsgraph.enrich.PersonResolution.ArticlePerson;
import org.newsgraph.enrich.PersonResolution.CanonicalPerson;
import org.newsgraph.rdf.Iris;
import scala.Tuple2;

/**
 * {@code enrich} as Spark transformations. The rules are {@code enrich}'s own pure functions
 * ({@link PersonResolution}, {@link EventMerging}, {@link MeetingPairs}) and its triples {@link EnrichmentGraphs}'
 * writers; what is distributed is only what they are applied to. Each rule relates records with a common
 * key — persons by their key, reports by type and date, pairs by their two persons — so each is applied
 * to one key's records at a time, in the order {@code enrich} reads them from the store (by graph, then
 * IRI), which makes the result the same as {@code enrich}'s over the whole store.
 */
final class Enrichment {

    private Enrichment() {
    }

    /** One report with the graph it was read from (the order {@code enrich} reads reports in). */
    record Reported(String graph, Report report) implements Serializable {
    }

    /** The entities and met-with graphs as N-Quads lines. */
    static JavaRDD<String> quads(JavaSparkContext sc, JavaRDD<ArticlePerson> persons, JavaRDD<Reported> reports,
                                 JavaRDD<String> subOrganizations, int partitions) {
        JavaRDD<Resolved> resolved = persons.groupBy(ArticlePerson::key, partitions).map(Enrichment::resolve)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> canonicalOf = resolved
                .flatMapToPair(r -> r.canonicalOf().stream().map(c -> new Tuple2<>(c[0], new String[]{c[1], c[2]})).iterator())
                // a person listed under two keys ends up with the later key's person, as in enrich
                .reduceByKey((a, b) -> a[0].compareTo(b[0]) >= 0 ? a : b, partitions)
                .mapValues(v -> v[1]);
        JavaRDD<Merged> merged = merge(reports, canonicalOf, partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<String> pairs = pairs(merged, resolved, partitions);
        return resolved.flatMap(r -> r.quads().iterator())
                .union(merged.flatMap(m -> m.quads().iterator()))
                .union(pairs)
                .union(hierarchy(sc, subOrganizations));
    }

    /**
     * The met-with graph: each two persons' meetings, grouped by the pair, with both people's labels
     * (ng:labelA/labelB) joined in by person — a shuffle, so no map of every person's label is held anywhere.
     */
    private static JavaRDD<String> pairs(JavaRDD<Merged> merged, JavaRDD<Resolved> resolved, int partitions) {
        JavaPairRDD<String, List<Meeting>> byPair = merged.flatMap(m -> m.meetings().iterator())
                .flatMapToPair(m -> twos(m).iterator())
                .groupByKey(partitions)
                .mapValues(Enrichment::list);
        JavaPairRDD<String, String> labelOf = resolved
                .flatMapToPair(r -> r.labels().entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).iterator());
        JavaPairRDD<String, Map<String, String>> labelsOfPair = valuesByKey(byPair.keys()
                .flatMapToPair(pair -> Arrays.stream(pair.split(" ")).map(person -> new Tuple2<>(person, pair)).iterator()),
                labelOf, partitions);
        return byPair.leftOuterJoin(labelsOfPair, partitions).flatMap(p -> {
            Map<String, String> labels = p._2()._2().orElse(Map.of());
            Graph g = GraphFactory.createDefaultGraph();
            MeetingPairs.pairs(p._2()._1()).forEach(pair -> EnrichmentGraphs.writePair(pair, labels, g));
            return NQuads.lines(Iris.MET_WITH_GRAPH, g).iterator();
        });
    }

    /** For each key, the values of the names listed under it: (name, key) joined with (name, value), one map a key. */
    private static JavaPairRDD<String, Map<String, String>> valuesByKey(JavaPairRDD<String, String> keysOfName,
                                                                        JavaPairRDD<String, String> valueOfName, int partitions) {
        return keysOfName.join(valueOfName, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new String[]{t._1(), t._2()._2()}))
                .aggregateByKey(new HashMap<String, String>(), partitions, (m, nv) -> {
                    m.put(nv[0], nv[1]);
                    return m;
                }, (a, b) -> {
                    a.putAll(b);
                    return a;
                })
                .mapValues(m -> (Map<String, String>) m);
    }

    private static <T> List<T> list(Iterable<T> items) {
        List<T> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    /** One key's canonical persons as quads, and article person IRI to (key, canonical person IRI). */
    record Resolved(List<String> quads, List<String[]> canonicalOf, Map<String, String> labels) implements Serializable {
    }

    private static Resolved resolve(Tuple2<String, Iterable<ArticlePerson>> key) {
        List<ArticlePerson> persons = new ArrayList<>();
        key._2().forEach(persons::add);
        persons.sort(Comparator.comparing((ArticlePerson p) -> Iris.articleGraph(p.article()).getURI())
                .thenComparing(ArticlePerson::iri));
        PersonResolution.Result result = PersonResolution.resolve(persons);
        Graph g = GraphFactory.createDefaultGraph();
        result.persons().forEach(c -> EnrichmentGraphs.writePerson(c, g));
        List<String[]> canonicalOf = new ArrayList<>();
        PersonResolution.canonicalOf(result, id -> Iris.canonicalPerson(id).getURI())
                .forEach((person, canonical) -> canonicalOf.add(new String[]{person, key._1(), canonical}));
        Map<String, String> labels = new TreeMap<>();
        result.persons().forEach(c -> labels.put(Iris.canonicalPerson(c.id()).getURI(), c.label()));
        return new Resolved(NQuads.lines(Iris.ENTITIES_GRAPH, g), canonicalOf, labels);
    }

    /** One group's merged events as quads, and the meetings they are. */
    record Merged(List<String> quads, List<Meeting> meetings) implements Serializable {
    }

    /** A report with the canonical persons of its participants. */
    record Resolvable(Reported reported, Map<String, String> canonicalOf) implements Serializable {
    }

    /**
     * Reports that can merge share a type and a date and have participants; the others are events of their
     * own, keyed by themselves so that they never pile up in one task.
     */
    private static JavaRDD<Merged> merge(JavaRDD<Reported> reports, JavaPairRDD<String, String> canonicalOf,
                                         int partitions) {
        JavaPairRDD<String, Reported> byEvent = reports.mapToPair(r -> new Tuple2<>(r.report().event(), r));
        JavaPairRDD<String, Map<String, String>> canonicalByEvent = valuesByKey(reports
                .flatMapToPair(r -> r.report().participants().keySet().stream()
                        .map(p -> new Tuple2<>(p, r.report().event())).iterator()), canonicalOf, partitions);
        return byEvent.leftOuterJoin(canonicalByEvent, partitions)
                .mapToPair(t -> {
                    Report r = t._2()._1().report();
                    Map<String, String> c = t._2()._2().orElse(Map.of());
                    String group = r.date().isEmpty() || r.participants().isEmpty() ? r.event() : r.type() + " " + r.date();
                    return new Tuple2<>(group, new Resolvable(t._2()._1(), c));
                })
                .groupByKey(partitions)
                .map(Enrichment::mergeGroup);
    }

    private static Merged mergeGroup(Tuple2<String, Iterable<Resolvable>> group) {
        List<Resolvable> rs = new ArrayList<>();
        group._2().forEach(rs::add);
        rs.sort(Comparator.comparing((Resolvable r) -> r.reported().graph())
                .thenComparing(r -> r.reported().report().event()));
        Map<String, String> canonicalOf = new HashMap<>();
        rs.forEach(r -> canonicalOf.putAll(r.canonicalOf()));
        Graph g = GraphFactory.createDefaultGraph();
        List<Meeting> meetings = new ArrayList<>();
        for (MergedEvent ev : EventMerging.merge(rs.stream().map(r -> r.reported().report()).toList(), canonicalOf)) {
            meetings.add(EnrichmentGraphs.writeEvent(ev, canonicalOf, g));
        }
        return new Merged(NQuads.lines(Iris.ENTITIES_GRAPH, g), meetings);
    }

    /** Each two persons of a meeting, with the meeting narrowed to them: what their pair is built from. */
    private static List<Tuple2<String, Meeting>> twos(Meeting m) {
        List<String> people = new ArrayList<>(m.people());
        List<Tuple2<String, Meeting>> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                Set<String> two = new TreeSet<>(List.of(people.get(i), people.get(j)));
                out.add(new Tuple2<>(people.get(i) + " " + people.get(j),
                        new Meeting(m.event(), m.date(), m.call(), new TreeSet<>(two))));
            }
        }
        return out;
    }

    /** The organisation hierarchy is small (organisations, not articles): closed on the driver. */
    private static JavaRDD<String> hierarchy(JavaSparkContext sc, JavaRDD<String> subOrganizations) {
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String edge : subOrganizations.distinct().collect()) {
            String[] op = edge.split("\t", 2);
            parents.computeIfAbsent(op[0], k -> new TreeSet<>()).add(op[1]);
        }
        Graph g = GraphFactory.createDefaultGraph();
        EnrichmentGraphs.writeOrganizationHierarchy(parents, g);
        return sc.parallelize(NQuads.lines(Iris.ENTITIES_GRAPH, g), 1);
    }
}
