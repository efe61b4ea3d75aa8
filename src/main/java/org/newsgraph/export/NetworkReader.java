package org.newsgraph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.export.Network.Column;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Kind;
import org.newsgraph.export.Network.Vertex;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Store;

import static org.newsgraph.export.Network.WEIGHT;
import static org.newsgraph.export.Network.id;

/**
 * Reads the who-met-whom network or the person–organisation–event graph from the store, in one read
 * transaction. Everything is sorted, so the same store always gives the same network.
 */
public final class NetworkReader {

    private static final String ENTITIES = Iris.sparql(Iris.ENTITIES_GRAPH);
    private static final String MET_WITH = Iris.sparql(Iris.MET_WITH_GRAPH);
    private static final String REFERENCE = Iris.sparql(Iris.REFERENCE_GRAPH);
    private static final String JOIN = "; ";

    /** Reads one graph from the store. */
    public Network read(Store store, Kind kind) {
        return store.read(() -> kind == Kind.MET_WITH ? readMetWith(store) : readFull(store));
    }


    /** Collects nodes and edges by id so that duplicates from joins merge and the output is sorted. */
    private static final class Builder {
        final SortedMap<String, Vertex> nodes = new TreeMap<>();
        final SortedMap<String, Edge> edges = new TreeMap<>();
        final Map<String, TreeMap<String, TreeSet<String>>> lists = new TreeMap<>();

        Vertex node(String iri, String label) {
            return nodes.computeIfAbsent(id(iri), id -> new Vertex(id, label, new TreeMap<>()));
        }

        Edge edge(String id, String source, String target) {
            return edges.computeIfAbsent(id, k -> new Edge(id, source, target, new TreeMap<>()));
        }

        /** Adds a value to a multi-valued attribute of a node or edge, written joined and sorted. */
        void addTo(String elementId, String column, String value) {
            lists.computeIfAbsent(elementId, k -> new TreeMap<>()).computeIfAbsent(column, k -> new TreeSet<>()).add(value);
        }

        Network build(Kind kind, List<Column> nodeColumns, List<Column> edgeColumns) {
            lists.forEach((id, values) -> {
                SortedMap<String, String> data = nodes.containsKey(id) ? nodes.get(id).data() : edges.get(id).data();
                values.forEach((column, set) -> data.put(column, String.join(JOIN, set)));
            });
            List<Edge> linked = edges.values().stream()
                    .filter(e -> nodes.containsKey(e.source()) && nodes.containsKey(e.target())).toList();
            return new Network(kind, nodeColumns, edgeColumns, List.copyOf(nodes.values()), linked);
        }
    }

    private static Network readMetWith(Store store) {
        Builder b = new Builder();
        Map<String, String> labels = new TreeMap<>();
        Map<String, TreeSet<String>> titles = new TreeMap<>();
        readPersons(store, labels, titles);
        select(store, """
                SELECT ?pair ?a ?b ?count ?first ?last ?event WHERE {
                  GRAPH %s { ?pair a ng:MeetingPair ; ng:personA ?a ; ng:personB ?b ; ng:eventCount ?count .
                    OPTIONAL { ?pair ng:firstDate ?first } OPTIONAL { ?pair ng:lastDate ?last }
                    OPTIONAL { ?pair ng:supportedBy ?event } }
                }""".formatted(MET_WITH), s -> {
            String a = uri(s, "a");
            String bb = uri(s, "b");
            for (String p : List.of(a, bb)) {
                person(b, p, labels, titles);
            }
            Edge e = b.edge(id(uri(s, "pair")), id(a), id(bb));
            e.data().put(WEIGHT, text(s, "count"));
            putIfBound(e.data(), "firstDate", s, "first");
            putIfBound(e.data(), "lastDate", s, "last");
            if (s.contains("event")) {
                b.addTo(e.id(), "events", id(uri(s, "event")));
            }
        });
        return b.build(Kind.MET_WITH, columns("kind", "titles", "iri"),
                List.of(new Column(WEIGHT, true), new Column("firstDate", false), new Column("lastDate", false),
                        new Column("events", false)));
    }

    private static Network readFull(Store store) {
        Builder b = new Builder();
        Map<String, String> labels = new TreeMap<>();
        Map<String, TreeSet<String>> titles = new TreeMap<>();
        readPersons(store, labels, titles);
        labels.keySet().forEach(p -> person(b, p, labels, titles));
        readEvents(store, b);
        readParticipations(store, b);
        readMemberships(store, b);
        return b.build(Kind.FULL, columns("kind", "titles", "type", "date", "place", "articles", "iri"),
                columns("kind", "role", "title"));
    }

    /** Canonical events with their type, date, place and the headlines of their reports. */
    private static void readEvents(Store store, Builder b) {
        select(store, """
                SELECT ?e ?type ?typeLabel ?date ?place ?placeLabel ?headline WHERE {
                  GRAPH %1$s { ?e a ng:CanonicalEvent ; sem:eventType ?type ;
                    ng:reportedAs ?r . OPTIONAL { ?e sem:hasTimeStamp ?date } }
                  OPTIONAL { GRAPH %2$s { ?type skos:prefLabel ?typeLabel FILTER (LANGMATCHES(LANG(?typeLabel), "zh")) } }
                  OPTIONAL { GRAPH %1$s { ?e sem:hasPlace ?place } OPTIONAL { GRAPH %2$s { ?place rdfs:label ?placeLabel } } }
                  OPTIONAL { GRAPH ?g { ?r a sem:Event . ?article a schema:NewsArticle ; schema:headline ?headline } }
                }""".formatted(ENTITIES, REFERENCE), s -> {
            String type = afterLast(uri(s, "type"), "#event-");
            String date = s.contains("date") ? text(s, "date") : "";
            Vertex ev = b.node(uri(s, "e"), ((s.contains("typeLabel") ? text(s, "typeLabel") : type) + " " + date).trim());
            ev.data().put("kind", "event");
            ev.data().put("type", type);
            ev.data().put("iri", uri(s, "e"));
            if (!date.isEmpty()) {
                ev.data().put("date", date);
            }
            if (s.contains("headline") && !text(s, "headline").isBlank()) {
                b.addTo(ev.id(), "articles", text(s, "headline"));
            }
            if (s.contains("place")) {
                String placeLabel = s.contains("placeLabel") ? text(s, "placeLabel") : afterLast(uri(s, "place"), "/");
                Vertex place = b.node(uri(s, "place"), placeLabel);
                place.data().put("kind", "place");
                place.data().put("iri", uri(s, "place"));
                b.addTo(ev.id(), "place", placeLabel);
                Edge at = b.edge(ev.id() + "--" + place.id(), ev.id(), place.id());
                at.data().put("kind", "location");
            }
        });
    }

    /** Who took part in which canonical event, in which roles. */
    private static void readParticipations(Store store, Builder b) {
        select(store, """
                SELECT ?e ?p ?role WHERE {
                  GRAPH %s { ?e a ng:CanonicalEvent ; ng:reportedAs ?r . ?ap ng:canonical ?p }
                  GRAPH ?g { ?r ng:participation ?pp . ?pp rdf:value ?ap ; sem:roleType ?role }
                }""".formatted(ENTITIES), s -> {
            String person = id(uri(s, "p"));
            String event = id(uri(s, "e"));
            Edge e = b.edge(person + "--" + event, person, event);
            e.data().put("kind", "participation");
            b.addTo(e.id(), "role", afterLast(uri(s, "role"), "#role-"));
        });
    }

    /** Who holds posts in which organisation, with the titles. */
    private static void readMemberships(Store store, Builder b) {
        select(store, """
                SELECT ?p ?o ?orgLabel ?title WHERE {
                  GRAPH %s { ?ap ng:canonical ?p }
                  GRAPH ?g { ?m org:member ?ap ; org:organization ?o . OPTIONAL { ?m ng:title ?title } }
                  OPTIONAL { GRAPH %s { ?o rdfs:label ?orgLabel } }
                }""".formatted(ENTITIES, REFERENCE), s -> {
            String orgIri = uri(s, "o");
            Vertex org = b.node(orgIri, s.contains("orgLabel") ? text(s, "orgLabel") : afterLast(orgIri, "/"));
            org.data().put("kind", "organization");
            org.data().put("iri", orgIri);
            String person = id(uri(s, "p"));
            Edge e = b.edge(person + "--" + org.id(), person, org.id());
            e.data().put("kind", "membership");
            if (s.contains("title")) {
                b.addTo(e.id(), "title", text(s, "title"));
            }
        });
    }

    /** Canonical persons with their labels and the titles their article mentions carry. */
    private static void readPersons(Store store, Map<String, String> labels, Map<String, TreeSet<String>> titles) {
        select(store, """
                SELECT ?p ?label ?title WHERE {
                  GRAPH %s { ?p a ng:CanonicalPerson ; rdfs:label ?label }
                  OPTIONAL { GRAPH %s { ?ap ng:canonical ?p } GRAPH ?g { ?m org:member ?ap ; ng:title ?title } }
                }""".formatted(ENTITIES, ENTITIES), s -> {
            labels.merge(uri(s, "p"), text(s, "label"), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            TreeSet<String> t = titles.computeIfAbsent(uri(s, "p"), k -> new TreeSet<>());
            if (s.contains("title")) {
                t.add(text(s, "title"));
            }
        });
    }

    private static void person(Builder b, String iri, Map<String, String> labels, Map<String, TreeSet<String>> titles) {
        Vertex v = b.node(iri, labels.getOrDefault(iri, afterLast(iri, "/")));
        v.data().put("kind", "person");
        v.data().put("iri", iri);
        TreeSet<String> t = titles.get(iri);
        if (t != null && !t.isEmpty()) {
            v.data().put("titles", String.join(JOIN, t));
        }
    }

    private static List<Column> columns(String... names) {
        return Arrays.stream(names).map(n -> new Column(n, false)).toList();
    }

    private static void select(Store store, String query, Consumer<QuerySolution> row) {
        store.select(Vocab.SPARQL_PREFIXES + query, row);
    }

    private static String uri(QuerySolution s, String var) {
        return s.getResource(var).getURI();
    }

    private static String text(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static void putIfBound(Map<String, String> data, String column, QuerySolution s, String var) {
        if (s.contains(var)) {
            data.put(column, text(s, var));
        }
    }

    private static String afterLast(String s, String sep) {
        int i = s.lastIndexOf(sep);
        return i < 0 ? s : s.substring(i + sep.length());
    }
}
