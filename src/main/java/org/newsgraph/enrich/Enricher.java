package org.newsgraph.enrich;

import static org.newsgraph.rdf.Vocab.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.enrich.EventMerging.MergedEvent;
import org.newsgraph.enrich.EventMerging.Report;
import org.newsgraph.enrich.MeetingPairs.Meeting;
import org.newsgraph.enrich.MeetingPairs.Pair;
import org.newsgraph.enrich.PersonResolution.ArticlePerson;
import org.newsgraph.enrich.PersonResolution.CanonicalPerson;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Store;

/**
 * The enrichment pass over the whole store, rebuilt from scratch on every run so that re-running gives
 * the same result. It reads the article graphs, applies the cross-article rules — {@link PersonResolution},
 * {@link EventMerging}, {@link MeetingPairs}, pure functions over plain records — and writes their results
 * as the entities and who-met-whom graphs, together with the organisation hierarchy:
 * {@code ng:withinOrganization}, the transitive closure of {@code org:subOrganizationOf}
 * (中共太原市委员会组织部 lies within 中共太原市委员会 and so on up).
 */
public final class Enricher {

    /** What one run produced. */
    public record Result(int articlePersons, int canonicalPersons, List<String> ambiguousNames, int eventReports,
                         int canonicalEvents, int pairs) {
    }

    /** Where every article graph's IRI starts. */
    private static final String ARTICLE_GRAPHS = Iris.articleGraph("").getURI();

    /**
     * Where the enrichment reads its records from: a SELECT query and what to do with each row. The store
     * is one ({@code Store::select}); the Spark job runs the same queries over one article's graphs.
     */
    @FunctionalInterface
    public interface Rows {
        void select(String sparql, Consumer<QuerySolution> row);
    }

    /** The event type of a telephone or video call: a contact, but not a meeting (ng:phonedWith, not ng:metWith). */
    private static final String CALL_TYPE = "call";

    /** Reads the article graphs and replaces both enrichment graphs, all in one write transaction. */
    public Result enrich(Store store) {
        return store.write(() -> {
            List<ArticlePerson> persons = readPersons(store::select);
            List<Report> reports = readEvents(store::select);
            Graph entities = GraphFactory.createDefaultGraph();
            Graph metWith = GraphFactory.createDefaultGraph();
            PersonResolution.Result resolved = PersonResolution.resolve(persons);
            resolved.persons().forEach(c -> writePerson(c, entities));
            Map<String, String> canonicalOf =
                    PersonResolution.canonicalOf(resolved, id -> Iris.canonicalPerson(id).getURI());
            List<MergedEvent> events = EventMerging.merge(reports, canonicalOf);
            List<Meeting> meetings = new ArrayList<>();
            for (MergedEvent ev : events) {
                meetings.add(writeEvent(ev, canonicalOf, entities));
            }
            List<Pair> pairs = MeetingPairs.pairs(meetings);
            pairs.forEach(p -> writePair(p, metWith));
            writeOrganizationHierarchy(store, entities);
            store.replaceGraphInTransaction(Iris.ENTITIES_GRAPH, entities);
            store.replaceGraphInTransaction(Iris.MET_WITH_GRAPH, metWith);
            return new Result(persons.size(), (int) canonicalOf.values().stream().distinct().count(),
                    resolved.ambiguousNames(), reports.size(), events.size(), pairs.size());
        });
    }

    /** The persons of the article graphs, ordered by key, graph and person IRI. */
    public static List<ArticlePerson> readPersons(Rows store) {
        String q = Vocab.SPARQL_PREFIXES + """
                SELECT ?g ?p ?key ?label (GROUP_CONCAT(DISTINCT STR(?o); separator="|") AS ?orgs) WHERE {
                  GRAPH ?g { ?p a schema:Person ; ng:personKey ?key ; rdfs:label ?label .
                             OPTIONAL { ?m org:member ?p ; org:organization ?o } }
                  FILTER (STRSTARTS(STR(?g), "%s"))
                } GROUP BY ?g ?p ?key ?label ORDER BY ?key ?g ?p""".formatted(ARTICLE_GRAPHS);
        List<ArticlePerson> out = new ArrayList<>();
        store.select(q, s -> {
            Set<String> orgs = new TreeSet<>();
            String joined = s.contains("orgs") ? s.getLiteral("orgs").getString() : "";
            for (String o : joined.split("\\|")) {
                if (!o.isEmpty()) {
                    orgs.add(o);
                }
            }
            String graph = s.getResource("g").getURI();
            out.add(new ArticlePerson(s.getResource("p").getURI(), Iris.decode(graph.substring(graph.lastIndexOf('/') + 1)),
                    s.getLiteral("key").getString(), s.getLiteral("label").getString(), orgs));
        });
        return out;
    }

    /** The event reports of the article graphs, ordered by graph and event IRI. */
    public static List<Report> readEvents(Rows store) {
        String q = Vocab.SPARQL_PREFIXES + """
                SELECT ?g ?e ?type ?date ?place ?who ?role WHERE {
                  GRAPH ?g { ?e a sem:Event ; sem:eventType ?type .
                             OPTIONAL { ?e sem:hasTimeStamp ?date } OPTIONAL { ?e sem:hasPlace ?place }
                             OPTIONAL { ?e ng:participation ?pp . ?pp rdf:value ?who ; sem:roleType ?role } }
                  FILTER (STRSTARTS(STR(?g), "%s"))
                } ORDER BY ?g ?e ?who""".formatted(ARTICLE_GRAPHS);
        Map<String, QuerySolution> firstRow = new LinkedHashMap<>();
        Map<String, Map<String, String>> participants = new LinkedHashMap<>();
        store.select(q, s -> {
            String e = s.getResource("e").getURI();
            firstRow.putIfAbsent(e, s);
            Map<String, String> who = participants.computeIfAbsent(e, k -> new TreeMap<>());
            if (s.contains("who")) {
                who.put(s.getResource("who").getURI(), s.getResource("role").getURI());
            }
        });
        List<Report> out = new ArrayList<>();
        firstRow.forEach((e, s) -> out.add(new Report(e, s.getResource("type").getURI(),
                s.contains("date") ? s.getLiteral("date").getLexicalForm() : "",
                s.contains("place") ? s.getResource("place").getURI() : null, new TreeMap<>(participants.get(e)))));
        return out;
    }

    private static void writeOrganizationHierarchy(Store store, Graph out) {
        Map<String, Set<String>> parents = new TreeMap<>();
        readSubOrganizations(store::select, (o, p) -> parents.computeIfAbsent(o, k -> new TreeSet<>()).add(p));
        writeOrganizationHierarchy(parents, out);
    }

    /** Every {@code org:subOrganizationOf} statement of any graph, as organisation and parent IRIs. */
    public static void readSubOrganizations(Rows store, java.util.function.BiConsumer<String, String> edge) {
        store.select(Vocab.SPARQL_PREFIXES + """
                SELECT DISTINCT ?o ?p WHERE { GRAPH ?g { ?o org:subOrganizationOf ?p } }""", s ->
                edge.accept(s.getResource("o").getURI(), s.getResource("p").getURI()));
    }

    /** Every organisation with every organisation it lies within, at any depth, given each one's parents. */
    public static void writeOrganizationHierarchy(Map<String, Set<String>> parents, Graph out) {
        for (String org : parents.keySet()) {
            Set<String> seen = new TreeSet<>();
            List<String> todo = new ArrayList<>(parents.get(org));
            while (!todo.isEmpty()) {
                String p = todo.remove(todo.size() - 1);
                if (!p.equals(org) && seen.add(p)) {
                    todo.addAll(parents.getOrDefault(p, Set.of()));
                }
            }
            seen.forEach(p -> add(out, iri(org), WITHIN_ORGANIZATION, iri(p)));
        }
    }

    public static void writePerson(CanonicalPerson c, Graph out) {
        Node n = Iris.canonicalPerson(c.id());
        add(out, n, TYPE, PERSON);
        add(out, n, TYPE, CANONICAL_PERSON);
        add(out, n, LABEL, NodeFactory.createLiteralString(c.label()));
        add(out, n, PERSON_KEY, NodeFactory.createLiteralString(c.key()));
        if (c.ambiguous()) {
            add(out, n, AMBIGUOUS, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        c.members().forEach(p -> add(out, iri(p.iri()), CANONICAL, n));
    }

    /** Writes one canonical event, named after its first report, and returns it as a meeting of its people. */
    public static Meeting writeEvent(MergedEvent ev, Map<String, String> canonicalOf, Graph out) {
        Report first = ev.first();
        Node e = Iris.canonicalEvent(Iris.decode(first.event().substring(Iris.article("").getURI().length())));
        add(out, e, TYPE, CANONICAL_EVENT);
        add(out, e, TYPE, EVENT);
        add(out, e, EVENT_TYPE, iri(first.type()));
        if (!first.date().isEmpty()) {
            add(out, e, HAS_TIMESTAMP, NodeFactory.createLiteralDT(first.date(), XSDDatatype.XSDdate));
        }
        for (Report r : ev.reports()) {
            add(out, e, REPORTED_AS, iri(r.event()));
            if (r.place() != null) {
                add(out, e, HAS_PLACE, iri(r.place()));
            }
        }
        Set<String> people = ev.people(canonicalOf);
        people.forEach(p -> add(out, e, HAS_ACTOR, iri(p)));
        boolean call = first.type().equals(Iris.eventType(CALL_TYPE).getURI());
        return new Meeting(e.getURI(), first.date(), call, ev.people(canonicalOf));
    }

    public static void writePair(Pair p, Graph out) {
        Node a = iri(p.a());
        Node b = iri(p.b());
        Node pair = Iris.meetingPair(a, b);
        add(out, a, CONTACTED_WITH, b);
        add(out, b, CONTACTED_WITH, a);
        if (p.faceToFace()) {
            add(out, a, MET_WITH, b);
            add(out, b, MET_WITH, a);
        }
        if (p.byPhone()) {
            add(out, a, PHONED_WITH, b);
            add(out, b, PHONED_WITH, a);
        }
        add(out, pair, TYPE, PAIR);
        add(out, pair, PERSON_A, a);
        add(out, pair, PERSON_B, b);
        add(out, pair, EVENT_COUNT, NodeFactory.createLiteralDT(String.valueOf(p.events().size()), XSDDatatype.XSDinteger));
        p.events().forEach(ev -> add(out, pair, SUPPORTED_BY, iri(ev)));
        if (!p.dates().isEmpty()) {
            add(out, pair, FIRST_DATE, NodeFactory.createLiteralDT(p.dates().first(), XSDDatatype.XSDdate));
            add(out, pair, LAST_DATE, NodeFactory.createLiteralDT(p.dates().last(), XSDDatatype.XSDdate));
        }
    }

    private static Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
