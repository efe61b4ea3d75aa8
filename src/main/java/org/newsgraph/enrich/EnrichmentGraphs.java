package org.newsgraph.enrich;

import static org.newsgraph.rdf.Vocab.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
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
 * What the enrichment passes read from the article graphs (article persons, event reports) and how they
 * write their results into the entities and who-met-whom graphs: one reader and one writer for the full
 * and the incremental pass. A reader takes a SPARQL restriction ({@code ""} for all, or a VALUES clause).
 */
public final class EnrichmentGraphs {

    /**
     * Where the enrichment reads its records from: a SELECT query and what to do with each row. The store is
     * one ({@code Store::select}); the Spark job runs the same queries over one article's graphs.
     */
    @FunctionalInterface
    public interface Rows {
        void select(String sparql, Consumer<QuerySolution> row);
    }

    /** Where every article graph's IRI starts. */
    private static final String ARTICLE_GRAPHS = Iris.articleGraph("").getURI();

    /** The event type of a telephone or video call: a contact, but not a meeting (ng:phonedWith, not ng:metWith). */
    static final String CALL_TYPE = Iris.eventType("call").getURI();

    private EnrichmentGraphs() {
    }

    /** A VALUES clause binding one variable to IRIs. */
    static String valuesIris(String var, Collection<String> iris) {
        return "VALUES ?" + var + " { " + iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" ")) + " }";
    }

    /** A VALUES clause binding one variable to plain strings. */
    static String valuesStrings(String var, Collection<String> values) {
        return "VALUES ?" + var + " { " + values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(" ")) + " }";
    }

    /** Article persons (restricted), in key, graph and IRI order. */
    public static List<ArticlePerson> readPersons(Rows store, String restriction) {
        String q = Vocab.SPARQL_PREFIXES + """
                SELECT ?g ?p ?key ?label (GROUP_CONCAT(DISTINCT STR(?o); separator="|") AS ?orgs) WHERE {
                  %s
                  GRAPH ?g { ?p a schema:Person ; ng:personKey ?key ; rdfs:label ?label .
                             OPTIONAL { ?m org:member ?p ; org:organization ?o } }
                  FILTER (STRSTARTS(STR(?g), "%s"))
                } GROUP BY ?g ?p ?key ?label ORDER BY ?key ?g ?p""".formatted(restriction, ARTICLE_GRAPHS);
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

    /** Selects every event report: binds ?g, ?e, ?type and, when it has one, ?date. */
    public static final String ALL_EVENTS = """
            GRAPH ?g { ?e a sem:Event ; sem:eventType ?type . OPTIONAL { ?e sem:hasTimeStamp ?date } }""";

    /**
     * Event reports chosen by {@code selection} (a pattern binding ?g, ?e, ?type and ?date when there is
     * one, such as {@link #ALL_EVENTS}), in graph and IRI order: the order {@link EventMerging} is given them in.
     */
    public static List<Report> readEvents(Rows store, String selection) {
        String q = Vocab.SPARQL_PREFIXES + """
                SELECT ?g ?e ?type ?date ?place ?who ?role WHERE {
                  %s
                  OPTIONAL { GRAPH ?g { ?e sem:hasPlace ?place } }
                  OPTIONAL { GRAPH ?g { ?e ng:participation ?pp . ?pp rdf:value ?who ; sem:roleType ?role } }
                  FILTER (STRSTARTS(STR(?g), "%s"))
                } ORDER BY ?g ?e ?who""".formatted(selection, ARTICLE_GRAPHS);
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

    /** Every organisation with every organisation it lies within, at any depth. */
    static void writeOrganizationHierarchy(Store store, Graph out) {
        Map<String, Set<String>> parents = new TreeMap<>();
        readSubOrganizations(store::select, (o, p) -> parents.computeIfAbsent(o, k -> new TreeSet<>()).add(p));
        writeOrganizationHierarchy(parents, out);
    }

    /** Every {@code org:subOrganizationOf} statement of any graph, as organisation and parent IRIs. */
    public static void readSubOrganizations(Rows store, BiConsumer<String, String> edge) {
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
        return new Meeting(e.getURI(), first.date(), first.type().equals(CALL_TYPE), ev.people(canonicalOf));
    }

    /**
     * One pair: the contact edges both ways and the pair node with its counts and dates, and the labels of
     * its two persons (from {@code labels}, canonical IRI to label) and its {@link SummaryRow}, so that the summary
     * reads one graph, one triple a pair.
     */
    public static void writePair(Pair p, Map<String, String> labels, Graph out) {
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
        if (labels.containsKey(p.a()) && labels.containsKey(p.b())) {
            add(out, pair, LABEL_A, NodeFactory.createLiteralString(labels.get(p.a())));
            add(out, pair, LABEL_B, NodeFactory.createLiteralString(labels.get(p.b())));
            add(out, pair, SUMMARY_ROW, NodeFactory.createLiteralString(SummaryRow.of(p.events().size(), labels.get(p.a()),
                    labels.get(p.b()), p.dates().isEmpty() ? "" : p.dates().first(), p.dates().isEmpty() ? "" : p.dates().last())));
        }
        add(out, pair, EVENT_COUNT, NodeFactory.createLiteralDT(String.valueOf(p.events().size()), XSDDatatype.XSDinteger));
        p.events().forEach(ev -> add(out, pair, SUPPORTED_BY, iri(ev)));
        if (!p.dates().isEmpty()) {
            add(out, pair, FIRST_DATE, NodeFactory.createLiteralDT(p.dates().first(), XSDDatatype.XSDdate));
            add(out, pair, LAST_DATE, NodeFactory.createLiteralDT(p.dates().last(), XSDDatatype.XSDdate));
        }
    }

    /**
     * Adds a met-with graph to the store, its summary rows first and in row order: TDB2 numbers a new literal
     * when it is first stored, the summary's scan meets the rows in that numbering, and rows that come to its
     * sort already in order cost it one comparison each instead of some fifteen. Removes the rows from {@code metWith}.
     */
    static void addMetWith(Store store, Graph metWith) {
        List<Triple> rows = new ArrayList<>(metWith.find(Node.ANY, SUMMARY_ROW, Node.ANY).toList());
        rows.sort(Comparator.comparing(t -> t.getObject().getLiteralLexicalForm()));
        store.addInTransaction(Iris.MET_WITH_GRAPH, rows);
        metWith.remove(Node.ANY, SUMMARY_ROW, Node.ANY);
        store.addInTransaction(Iris.MET_WITH_GRAPH, metWith);
    }

    static Node iri(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
