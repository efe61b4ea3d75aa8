package org.newsgraph.enrich;

import static org.newsgraph.enrich.EnrichmentGraphs.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.enrich.EventMerging.MergedEvent;
import org.newsgraph.enrich.EventMerging.Report;
import org.newsgraph.enrich.MeetingPairs.Meeting;
import org.newsgraph.enrich.MeetingPairs.Pair;
import org.newsgraph.enrich.PersonResolution.ArticlePerson;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Store;

/**
 * One incremental enrichment step for a batch of newly added articles, inside the caller's write
 * transaction. Exact because each rule is local: persons are resolved key by key, so the batch's keys are
 * resolved again whole; events merge only within one type and date, so every day and type the batch or
 * those persons have reports on is merged again whole; a pair depends only on the events of its two
 * persons, so the pairs of every person of a re-merged event are computed again from all their events.
 */
final class IncrementalPass {

    private static final String ENTITIES = "<" + Iris.ENTITIES_GRAPH.getURI() + ">";
    private static final String MET_WITH = "<" + Iris.MET_WITH_GRAPH.getURI() + ">";

    private final Store store;
    /** Canonical persons whose pairs are recomputed. */
    private final Set<String> people = new TreeSet<>();

    IncrementalPass(Store store) {
        this.store = store;
    }

    Enricher.Result run(List<String> articleIds) {
        List<String> graphs = articleIds.stream().map(id -> Iris.articleGraph(id).getURI()).toList();
        Set<String> keys = new TreeSet<>();
        select("SELECT DISTINCT ?key WHERE { " + valuesIris("g", graphs) + " GRAPH ?g { ?p a schema:Person ; ng:personKey ?key } }",
                s -> keys.add(s.getLiteral("key").getString()));
        List<ArticlePerson> persons = keys.isEmpty() ? List.of() : readPersons(store::select, valuesStrings("key", keys));
        PersonResolution.Result resolved = PersonResolution.resolve(persons);
        Map<String, String> canonicalOf = new HashMap<>(
                PersonResolution.canonicalOf(resolved, id -> Iris.canonicalPerson(id).getURI()));
        List<String> moved = moved(persons, canonicalOf);
        List<Report> reports = reportsToMerge(graphs, moved);
        canonicalsOfOthers(reports, canonicalOf);
        dropOldPersons(keys, Enricher.labels(resolved.persons()));
        dropOldEvents(reports);
        Graph entities = GraphFactory.createDefaultGraph();
        resolved.persons().forEach(c -> writePerson(c, entities));
        moved.forEach(p -> people.add(canonicalOf.get(p)));
        List<MergedEvent> merged = EventMerging.merge(reports, canonicalOf);
        merged.forEach(ev -> people.addAll(writeEvent(ev, canonicalOf, entities).people()));
        store.addInTransaction(Iris.ENTITIES_GRAPH, entities);
        int pairs = redoPairs();
        store.deleteInTransaction(Iris.ENTITIES_GRAPH, Node.ANY, Vocab.WITHIN_ORGANIZATION, Node.ANY);
        Graph hierarchy = GraphFactory.createDefaultGraph();
        writeOrganizationHierarchy(store, hierarchy);
        store.addInTransaction(Iris.ENTITIES_GRAPH, hierarchy);
        return new Enricher.Result(persons.size(), resolved.persons().size(), resolved.ambiguousNames(), reports.size(),
                merged.size(), pairs);
    }

    /**
     * Every report of every type and day on which the batch's articles or the given article persons have
     * a report, and their reports without a date.
     */
    private List<Report> reportsToMerge(List<String> graphs, List<String> articlePersons) {
        Set<String> days = new TreeSet<>();
        Set<String> undated = new TreeSet<>();
        Consumer<QuerySolution> seed = s -> {
            if (s.contains("date")) {
                days.add("(<" + s.getResource("type").getURI() + "> \"" + s.getLiteral("date").getLexicalForm()
                        + "\"^^<" + Vocab.XSD + "date>)");
            } else {
                undated.add(s.getResource("e").getURI());
            }
        };
        select("SELECT DISTINCT ?e ?type ?date WHERE { " + valuesIris("g", graphs) + " GRAPH ?g { ?e a sem:Event ; "
                + "sem:eventType ?type OPTIONAL { ?e sem:hasTimeStamp ?date } } }", seed);
        if (!articlePersons.isEmpty()) {
            select("SELECT DISTINCT ?e ?type ?date WHERE { " + valuesIris("who", articlePersons) + " GRAPH ?g { ?pp rdf:value ?who . "
                    + "?e ng:participation ?pp ; sem:eventType ?type OPTIONAL { ?e sem:hasTimeStamp ?date } } }", seed);
        }
        return readEvents(store::select, "{ VALUES (?type ?date) { " + String.join(" ", days) + " } GRAPH ?g { ?e sem:hasTimeStamp ?date ;"
                + " sem:eventType ?type ; a sem:Event } } UNION { " + valuesIris("e", undated) + " GRAPH ?g { ?e a sem:Event ; "
                + "sem:eventType ?type } }");
    }

    /** The canonical persons, as the store has them, of the participants not resolved again. */
    private void canonicalsOfOthers(List<Report> reports, Map<String, String> canonicalOf) {
        Set<String> others = new TreeSet<>();
        reports.forEach(r -> r.participants().keySet().stream().filter(p -> !canonicalOf.containsKey(p)).forEach(others::add));
        if (!others.isEmpty()) {
            select("SELECT ?ap ?c WHERE { " + valuesIris("ap", others) + " GRAPH " + ENTITIES + " { ?ap ng:canonical ?c } }",
                    s -> canonicalOf.put(s.getResource("ap").getURI(), s.getResource("c").getURI()));
        }
    }

    /**
     * The article persons whose canonical person is not the one the store has (new ones included), with
     * the canonical persons they leave: only their other events can merge differently, and only their
     * pairs and those of the events merged again can change. A person whose members stay put keeps them
     * all, so a name in every batch (a city's mayor) does not bring all its days back each time.
     */
    private List<String> moved(List<ArticlePerson> persons, Map<String, String> canonicalOf) {
        Map<String, String> stored = new HashMap<>();
        if (!persons.isEmpty()) {
            select("SELECT ?ap ?c WHERE { " + valuesIris("ap", persons.stream().map(ArticlePerson::iri).toList()) + " GRAPH "
                    + ENTITIES + " { ?ap ng:canonical ?c } }", s -> stored.put(s.getResource("ap").getURI(), s.getResource("c").getURI()));
        }
        List<String> moved = new ArrayList<>();
        for (ArticlePerson p : persons) {
            String before = stored.get(p.iri());
            if (!canonicalOf.get(p.iri()).equals(before)) {
                moved.add(p.iri());
                if (before != null) {
                    people.add(before);
                }
            }
        }
        return moved;
    }

    /**
     * Deletes the stored canonical persons of these keys (they are written again); one that is gone or
     * is now labelled otherwise has its pairs recomputed.
     */
    private void dropOldPersons(Set<String> keys, Map<String, String> labels) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> old = new ArrayList<>();
        select("SELECT ?c ?l WHERE { " + valuesStrings("key", keys) + " GRAPH " + ENTITIES + " { ?c a ng:CanonicalPerson ; "
                + "ng:personKey ?key ; rdfs:label ?l } }", s -> {
            String c = s.getResource("c").getURI();
            old.add(c);
            if (!s.getLiteral("l").getString().equals(labels.get(c))) {
                people.add(c);
            }
        });
        for (String c : old) {
            store.deleteInTransaction(Iris.ENTITIES_GRAPH, iri(c), Node.ANY, Node.ANY);
            store.deleteInTransaction(Iris.ENTITIES_GRAPH, Node.ANY, Vocab.CANONICAL, iri(c));
        }
    }

    /** Deletes the canonical events made of these reports; their people's pairs are recomputed. */
    private void dropOldEvents(List<Report> reports) {
        Set<String> old = new TreeSet<>();
        select("SELECT ?ce ?actor WHERE { " + valuesIris("r", reports.stream().map(Report::event).toList()) + " GRAPH "
                + ENTITIES + " { ?ce ng:reportedAs ?r OPTIONAL { ?ce sem:hasActor ?actor } } }", s -> {
            old.add(s.getResource("ce").getURI());
            if (s.contains("actor")) {
                people.add(s.getResource("actor").getURI());
            }
        });
        old.forEach(ce -> store.deleteInTransaction(Iris.ENTITIES_GRAPH, iri(ce), Node.ANY, Node.ANY));
    }

    /** Replaces every pair of the touched people with the pairs of all their events; returns how many. */
    private int redoPairs() {
        if (people.isEmpty()) {
            return 0;
        }
        List<String> stale = new ArrayList<>();
        select("SELECT ?pair WHERE { " + valuesIris("x", people) + " GRAPH " + MET_WITH + " { { ?pair ng:personA ?x } UNION "
                + "{ ?pair ng:personB ?x } } }", s -> stale.add(s.getResource("pair").getURI()));
        stale.forEach(p -> store.deleteInTransaction(Iris.MET_WITH_GRAPH, iri(p), Node.ANY, Node.ANY));
        for (String x : people) {
            store.deleteInTransaction(Iris.MET_WITH_GRAPH, iri(x), Node.ANY, Node.ANY);
            for (Node edge : List.of(Vocab.CONTACTED_WITH, Vocab.MET_WITH, Vocab.PHONED_WITH)) {
                store.deleteInTransaction(Iris.MET_WITH_GRAPH, Node.ANY, edge, iri(x));
            }
        }
        List<Pair> pairs = MeetingPairs.pairs(meetingsOf(people)).stream()
                .filter(p -> people.contains(p.a()) || people.contains(p.b())).toList();
        Map<String, String> labels = new TreeMap<>();
        Set<String> named = new TreeSet<>();
        pairs.forEach(p -> named.addAll(List.of(p.a(), p.b())));
        select("SELECT ?x ?l WHERE { " + valuesIris("x", named) + " GRAPH " + ENTITIES + " { ?x a ng:CanonicalPerson ; "
                + "rdfs:label ?l } }", s -> labels.put(s.getResource("x").getURI(), s.getLiteral("l").getString()));
        Graph metWith = GraphFactory.createDefaultGraph();
        pairs.forEach(p -> writePair(p, labels, metWith));
        addMetWith(store, metWith);
        return pairs.size();
    }

    /** Every canonical event any of these persons took part in, as a meeting of all its people. */
    private List<Meeting> meetingsOf(Collection<String> persons) {
        Map<String, String[]> typeAndDate = new LinkedHashMap<>();
        Map<String, Set<String>> actors = new TreeMap<>();
        select("SELECT ?ce ?type ?date ?actor WHERE { " + valuesIris("x", persons) + " GRAPH " + ENTITIES
                + " { ?ce sem:hasActor ?x ; a ng:CanonicalEvent ; sem:eventType ?type ; sem:hasActor ?actor } "
                + "OPTIONAL { GRAPH " + ENTITIES + " { ?ce sem:hasTimeStamp ?date } } }", s -> {
            String ce = s.getResource("ce").getURI();
            typeAndDate.putIfAbsent(ce, new String[]{s.getResource("type").getURI(),
                    s.contains("date") ? s.getLiteral("date").getLexicalForm() : ""});
            actors.computeIfAbsent(ce, k -> new TreeSet<>()).add(s.getResource("actor").getURI());
        });
        List<Meeting> out = new ArrayList<>();
        actors.forEach((ce, who) -> out.add(new Meeting(ce, typeAndDate.get(ce)[1], typeAndDate.get(ce)[0].equals(CALL_TYPE),
                new TreeSet<>(who))));
        return out;
    }

    private void select(String query, Consumer<QuerySolution> row) {
        store.select(Vocab.SPARQL_PREFIXES + "PREFIX xsd: <" + Vocab.XSD + "> " + query, row);
    }
}
