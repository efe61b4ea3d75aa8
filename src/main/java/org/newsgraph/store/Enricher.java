package org.newsgraph.store;

import static org.newsgraph.rdf.Vocab.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Iris;

/**
 * The enrichment pass over the whole store, rebuilt from scratch on every run so that re-running gives
 * the same result:
 * <ol>
 * <li>cross-article persons: article persons with the same name in the same jurisdiction become one
 *     canonical person when their posts agree (they share an organisation, or only one group of posts
 *     exists); a name held by people with unconnected posts is split and listed for review;</li>
 * <li>cross-article events: reports of the same type on the same date sharing a participant become one
 *     event with all its reports;</li>
 * <li>who met whom: for every pair of canonical persons taking part in a common event, a
 *     {@code ng:metWith} edge and an {@code ng:MeetingPair} node pointing at the supporting events;</li>
 * <li>organisation hierarchy: {@code ng:withinOrganization}, the transitive closure of
 *     {@code org:subOrganizationOf} (中共太原市委员会组织部 lies within 中共太原市委员会 and so on up).</li>
 * </ol>
 * Only event participants are paired: people who merely appear in the same article never are.
 */
public final class Enricher {

    /** What one run produced. */
    public record Result(int articlePersons, int canonicalPersons, List<String> ambiguousNames, int eventReports,
                         int canonicalEvents, int pairs) {
    }

    private record PersonRef(Node graph, Node person, String key, String label, Set<String> orgs) {
    }

    private record Report(Node graph, Node event, String type, String date, Node place,
                          Map<Node, String> participants) {
    }

    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <https://schema.org/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    /** Reads the article graphs and replaces both enrichment graphs, all in one write transaction. */
    public Result enrich(Store store) {
        return Txn.calculateWrite(store.dataset(), () -> {
            List<PersonRef> persons = new ArrayList<>();
            List<Report> reports = new ArrayList<>();
            readPersons(store, persons);
            readEvents(store, reports);
            Graph entities = GraphFactory.createDefaultGraph();
            Graph metWith = GraphFactory.createDefaultGraph();
            List<String> ambiguous = new ArrayList<>();
            Map<Node, Node> canonicalOf = resolvePersons(persons, entities, ambiguous);
            List<List<Report>> events = mergeEvents(reports, canonicalOf);
            int pairs = writeEventsAndPairs(events, canonicalOf, entities, metWith);
            writeOrganizationHierarchy(store, entities);
            store.replaceGraphInTransaction(Iris.ENTITIES_GRAPH, entities);
            store.replaceGraphInTransaction(Iris.MET_WITH_GRAPH, metWith);
            return new Result(persons.size(), (int) canonicalOf.values().stream().distinct().count(), ambiguous,
                    reports.size(), events.size(), pairs);
        });
    }

    private static void readPersons(Store store, List<PersonRef> out) {
        String q = PREFIXES + """
                SELECT ?g ?p ?key ?label (GROUP_CONCAT(DISTINCT STR(?o); separator="|") AS ?orgs) WHERE {
                  GRAPH ?g { ?p a schema:Person ; ng:personKey ?key ; rdfs:label ?label .
                             OPTIONAL { ?m org:member ?p ; org:organization ?o } }
                  FILTER (STRSTARTS(STR(?g), "https://w3id.org/newsgraph/id/graph/article/"))
                } GROUP BY ?g ?p ?key ?label ORDER BY ?key ?g ?p""";
        select(store, q, s -> {
            Set<String> orgs = new TreeSet<>();
            String joined = s.contains("orgs") ? s.getLiteral("orgs").getString() : "";
            for (String o : joined.split("\\|")) {
                if (!o.isEmpty()) {
                    orgs.add(o);
                }
            }
            out.add(new PersonRef(s.getResource("g").asNode(), s.getResource("p").asNode(),
                    s.getLiteral("key").getString(), s.getLiteral("label").getString(), orgs));
        });
    }

    /** Every organisation with every organisation it lies within, at any depth. */
    private static void writeOrganizationHierarchy(Store store, Graph out) {
        Map<Node, Set<Node>> parents = new TreeMap<>(Enricher::byUri);
        select(store, PREFIXES + """
                SELECT DISTINCT ?o ?p WHERE { GRAPH ?g { ?o org:subOrganizationOf ?p } }""", s ->
                parents.computeIfAbsent(s.getResource("o").asNode(), k -> new TreeSet<>(Enricher::byUri))
                        .add(s.getResource("p").asNode()));
        for (Node org : parents.keySet()) {
            Set<Node> seen = new TreeSet<>(Enricher::byUri);
            List<Node> todo = new ArrayList<>(parents.get(org));
            while (!todo.isEmpty()) {
                Node p = todo.remove(todo.size() - 1);
                if (!p.equals(org) && seen.add(p)) {
                    todo.addAll(parents.getOrDefault(p, Set.of()));
                }
            }
            seen.forEach(p -> add(out, org, WITHIN_ORGANIZATION, p));
        }
    }

    private static void readEvents(Store store, List<Report> out) {
        String q = PREFIXES + """
                SELECT ?g ?e ?type ?date ?place ?who ?role WHERE {
                  GRAPH ?g { ?e a sem:Event ; sem:eventType ?type .
                             OPTIONAL { ?e sem:hasTimeStamp ?date } OPTIONAL { ?e sem:hasPlace ?place }
                             OPTIONAL { ?e ng:participation ?pp . ?pp rdf:value ?who ; sem:roleType ?role } }
                  FILTER (STRSTARTS(STR(?g), "https://w3id.org/newsgraph/id/graph/article/"))
                } ORDER BY ?g ?e ?who""";
        Map<Node, Report> byEvent = new LinkedHashMap<>();
        select(store, q, s -> {
            Node e = s.getResource("e").asNode();
            Report r = byEvent.computeIfAbsent(e, k -> new Report(s.getResource("g").asNode(), e,
                    s.getResource("type").getURI(), s.contains("date") ? s.getLiteral("date").getLexicalForm() : "",
                    s.contains("place") ? s.getResource("place").asNode() : null, new TreeMap<>(Enricher::byUri)));
            if (s.contains("who")) {
                r.participants().put(s.getResource("who").asNode(), s.getResource("role").getURI());
            }
        });
        out.addAll(byEvent.values());
    }

    private static int byUri(Node a, Node b) {
        return a.getURI().compareTo(b.getURI());
    }

    private static void select(Store store, String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.next());
            }
        }
    }

    /** Groups article persons by name and jurisdiction, splitting a group whose posts do not connect. */
    private static Map<Node, Node> resolvePersons(List<PersonRef> persons, Graph out, List<String> ambiguous) {
        Map<String, List<PersonRef>> byKey = new TreeMap<>();
        persons.forEach(p -> byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
        Map<Node, Node> canonicalOf = new HashMap<>();
        for (Map.Entry<String, List<PersonRef>> e : byKey.entrySet()) {
            List<List<PersonRef>> clusters = new ArrayList<>();
            List<PersonRef> withoutPosts = new ArrayList<>();
            for (PersonRef p : e.getValue()) {
                if (p.orgs().isEmpty()) {
                    withoutPosts.add(p);
                    continue;
                }
                List<List<PersonRef>> joined = clusters.stream()
                        .filter(c -> c.stream().anyMatch(x -> x.orgs().stream().anyMatch(p.orgs()::contains))).toList();
                List<PersonRef> merged = new ArrayList<>(List.of(p));
                joined.forEach(merged::addAll);
                clusters.removeAll(joined);
                clusters.add(merged);
            }
            if (clusters.size() <= 1) {
                List<PersonRef> all = new ArrayList<>(e.getValue());
                write(e.getKey(), all, e.getKey(), false, out, canonicalOf);
            } else {
                ambiguous.add(e.getKey() + " (" + clusters.size() + " people with unconnected posts)");
                clusters.sort((a, b) -> a.get(0).person().getURI().compareTo(b.get(0).person().getURI()));
                for (int i = 0; i < clusters.size(); i++) {
                    write(e.getKey() + "#" + (i + 1), clusters.get(i), e.getKey(), true, out, canonicalOf);
                }
                // mentions without a post cannot be told apart: each stays its own person
                for (PersonRef p : withoutPosts) {
                    String article = Iris.decode(p.graph().getURI().substring(p.graph().getURI().lastIndexOf('/') + 1));
                    write(e.getKey() + "#" + article, List.of(p), e.getKey(), true, out, canonicalOf);
                }
            }
        }
        return canonicalOf;
    }

    private static void write(String key, List<PersonRef> members, String name, boolean ambiguous, Graph out,
                              Map<Node, Node> canonicalOf) {
        Node c = Iris.canonicalPerson(key);
        add(out, c, TYPE, PERSON);
        add(out, c, TYPE, CANONICAL_PERSON);
        add(out, c, LABEL, lit(members.get(0).label()));
        add(out, c, PERSON_KEY, lit(name));
        if (ambiguous) {
            add(out, c, AMBIGUOUS, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        for (PersonRef p : members) {
            add(out, p.person(), CANONICAL, c);
            canonicalOf.put(p.person(), c);
        }
    }

    /**
     * Reports of one event: same type and date, sharing at least one canonical participant. Candidates
     * are looked up by type and date, so the pass stays linear in the number of reports.
     */
    private static List<List<Report>> mergeEvents(List<Report> reports, Map<Node, Node> canonicalOf) {
        List<List<Report>> events = new ArrayList<>();
        Map<String, List<List<Report>>> byTypeAndDate = new HashMap<>();
        for (Report r : reports) {
            Set<Node> people = canonical(r, canonicalOf);
            List<Report> same = null;
            if (!r.date().isEmpty() && !people.isEmpty()) {
                for (List<Report> ev : byTypeAndDate.getOrDefault(r.type() + " " + r.date(), List.of())) {
                    if (ev.stream().anyMatch(x -> canonical(x, canonicalOf).stream().anyMatch(people::contains))) {
                        same = ev;
                        break;
                    }
                }
            }
            if (same == null) {
                List<Report> ev = new ArrayList<>(List.of(r));
                events.add(ev);
                byTypeAndDate.computeIfAbsent(r.type() + " " + r.date(), k -> new ArrayList<>()).add(ev);
            } else {
                same.add(r);
            }
        }
        return events;
    }

    private static Set<Node> canonical(Report r, Map<Node, Node> canonicalOf) {
        Set<Node> out = new TreeSet<>(Enricher::byUri);
        r.participants().keySet().forEach(p -> out.add(canonicalOf.getOrDefault(p, p)));
        return out;
    }

    /** The event type of a telephone or video call: a contact, but not a meeting (ng:phonedWith, not ng:metWith). */
    private static final String CALL_TYPE = "call";

    private static int writeEventsAndPairs(List<List<Report>> events, Map<Node, Node> canonicalOf, Graph entities,
                                           Graph metWith) {
        Map<String, TreeSet<String>> pairEvents = new TreeMap<>();
        Map<String, TreeSet<String>> pairDates = new HashMap<>();
        Map<String, Node[]> pairPeople = new HashMap<>();
        Set<String> faceToFace = new HashSet<>();
        Set<String> byPhone = new HashSet<>();
        String call = Iris.eventType(CALL_TYPE).getURI();
        for (List<Report> ev : events) {
            Report first = ev.get(0);
            Node e = Iris.canonicalEvent(Iris.decode(first.event().getURI().substring(Iris.article("").getURI().length())));
            add(entities, e, TYPE, CANONICAL_EVENT);
            add(entities, e, TYPE, EVENT);
            add(entities, e, EVENT_TYPE, NodeFactory.createURI(first.type()));
            if (!first.date().isEmpty()) {
                add(entities, e, HAS_TIMESTAMP, NodeFactory.createLiteralDT(first.date(), XSDDatatype.XSDdate));
            }
            Set<Node> people = new TreeSet<>(Enricher::byUri);
            for (Report r : ev) {
                add(entities, e, REPORTED_AS, r.event());
                if (r.place() != null) {
                    add(entities, e, HAS_PLACE, r.place());
                }
                people.addAll(canonical(r, canonicalOf));
            }
            people.forEach(p -> add(entities, e, HAS_ACTOR, p));
            List<Node> list = new ArrayList<>(people);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    String k = list.get(i).getURI() + " " + list.get(j).getURI();
                    pairEvents.computeIfAbsent(k, x -> new TreeSet<>()).add(e.getURI());
                    if (!first.date().isEmpty()) {
                        pairDates.computeIfAbsent(k, x -> new TreeSet<>()).add(first.date());
                    }
                    pairPeople.put(k, new Node[] {list.get(i), list.get(j)});
                    (first.type().equals(call) ? byPhone : faceToFace).add(k);
                }
            }
        }
        for (Map.Entry<String, TreeSet<String>> p : pairEvents.entrySet()) {
            Node[] ab = pairPeople.get(p.getKey());
            Node pair = Iris.meetingPair(ab[0], ab[1]);
            add(metWith, ab[0], CONTACTED_WITH, ab[1]);
            add(metWith, ab[1], CONTACTED_WITH, ab[0]);
            if (faceToFace.contains(p.getKey())) {
                add(metWith, ab[0], MET_WITH, ab[1]);
                add(metWith, ab[1], MET_WITH, ab[0]);
            }
            if (byPhone.contains(p.getKey())) {
                add(metWith, ab[0], PHONED_WITH, ab[1]);
                add(metWith, ab[1], PHONED_WITH, ab[0]);
            }
            add(metWith, pair, TYPE, PAIR);
            add(metWith, pair, PERSON_A, ab[0]);
            add(metWith, pair, PERSON_B, ab[1]);
            add(metWith, pair, EVENT_COUNT, NodeFactory.createLiteralDT(String.valueOf(p.getValue().size()),
                    XSDDatatype.XSDinteger));
            p.getValue().forEach(ev -> add(metWith, pair, SUPPORTED_BY, NodeFactory.createURI(ev)));
            TreeSet<String> dates = pairDates.get(p.getKey());
            if (dates != null) {
                add(metWith, pair, FIRST_DATE, NodeFactory.createLiteralDT(dates.first(), XSDDatatype.XSDdate));
                add(metWith, pair, LAST_DATE, NodeFactory.createLiteralDT(dates.last(), XSDDatatype.XSDdate));
            }
        }
        return pairEvents.size();
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
