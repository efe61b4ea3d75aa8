package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;

/**
 * Exports the who-met-whom network or the person–organisation–event graph for graph tools: GraphML
 * (Gephi, Cytoscape, yEd, NetworkX), GEXF 1.3 (Gephi), CSV node and edge tables (Gephi's spreadsheet
 * import) and Cytoscape.js JSON (Cytoscape desktop imports it too).
 *
 * <p>The store is read once, in one read transaction. Node ids are derived from the IRIs (so the same
 * person has the same id in both graphs and across exports) and everything is sorted, so the same store
 * always gives the same bytes and exports can be diffed.
 */
public final class Exporter {

    /** Which graph to export. */
    public enum Kind {
        /** Canonical persons linked by the events they shared (weight = number of events). */
        MET_WITH("met-with"),
        /** Persons, organisations, events and places: who took part in what, who holds which post where. */
        FULL("full");

        private final String cliName;

        Kind(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        /** The kind for its command-line name ({@code met-with} or {@code full}). */
        public static Kind of(String name) {
            for (Kind k : values()) {
                if (k.cliName.equals(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown graph " + name + " (met-with, full)");
        }
    }

    /** The file formats; CSV is two files, the others one. */
    public enum Format {
        GRAPHML, GEXF, CSV, CYTOSCAPE;

        /** The format for its command-line name (graphml, gexf, csv, cytoscape). */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format " + name + " (graphml, gexf, csv, cytoscape)");
        }
    }

    /** A node or edge attribute; integer columns are typed as numbers where the format has types. */
    public record Column(String name, boolean integer) {
    }

    /** A node: its id, label and attribute values by column name (absent = no value). */
    public record Vertex(String id, String label, SortedMap<String, String> data) {
    }

    /** An undirected edge between two node ids. */
    public record Edge(String id, String source, String target, SortedMap<String, String> data) {
    }

    /** A graph ready to write: columns in output order, nodes and edges sorted by id. */
    public record Network(Kind kind, List<Column> nodeColumns, List<Column> edgeColumns, List<Vertex> nodes,
                          List<Edge> edges) {
    }

    /** The edge attribute that graph tools read as the edge weight. */
    static final String WEIGHT = "weight";

    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX org: <http://www.w3.org/ns/org#> PREFIX schema: <https://schema.org/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String ENTITIES = "<https://w3id.org/newsgraph/id/graph/entities>";
    private static final String MET_WITH = "<https://w3id.org/newsgraph/id/graph/met-with>";
    private static final String REFERENCE = "<https://w3id.org/newsgraph/id/graph/reference>";
    private static final String JOIN = "; ";
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    /** Reads one graph from the store. */
    public Network read(Store store, Kind kind) {
        return Txn.calculateRead(store.dataset(), () -> kind == Kind.MET_WITH ? readMetWith(store) : readFull(store));
    }

    /** Writes a single-file format (GraphML, GEXF, Cytoscape.js JSON); the stream is flushed, not closed. */
    public static void write(Network net, Format format, OutputStream out) throws IOException {
        switch (format) {
            case GRAPHML -> xml(out, w -> graphml(net, w));
            case GEXF -> xml(out, w -> gexf(net, w));
            case CYTOSCAPE -> cytoscape(net, out);
            case CSV -> throw new IllegalArgumentException("CSV is two files: use writeCsv");
        }
        out.flush();
    }

    /**
     * Writes the CSV node and edge tables next to {@code out}: {@code NAME-nodes.csv} and
     * {@code NAME-edges.csv}, where NAME is {@code out} without a {@code .csv} ending.
     *
     * @return the two files written, nodes first
     */
    public static List<Path> writeCsv(Network net, Path out) throws IOException {
        String base = out.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Path nodes = out.resolveSibling(base + "-nodes.csv");
        Path edges = out.resolveSibling(base + "-edges.csv");
        try (Writer w = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
            csvNodes(net, w);
        }
        try (Writer w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
            csvEdges(net, w);
        }
        return List.of(nodes, edges);
    }

    /**
     * A node or edge id for an IRI: the part after the newsgraph id namespace, with {@code /} written as
     * {@code :} and every other character that is not an ASCII letter or digit, {@code -}, {@code _} or a
     * common CJK ideograph written as {@code .XX} per UTF-8 byte ({@code %XX} becomes {@code .XX}). The
     * result is an XML NMTOKEN, which GraphML requires, and is still readable:
     * {@code person:140100.2F陈博}.
     */
    static String id(String iri) {
        String local = iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : iri;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < local.length(); ) {
            int cp = local.codePointAt(i);
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') || cp >= 0x4E00 && cp <= 0x9FA5) {
                sb.appendCodePoint(cp);
            } else if (cp == '/') {
                sb.append(':');
            } else if (cp == '%' && i + 2 < local.length() && isHex(local.charAt(i + 1)) && isHex(local.charAt(i + 2))) {
                sb.append('.').append(local.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                i += 2;
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('.').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    // ---- reading ----

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
        return b.build(Kind.FULL, columns("kind", "titles", "type", "date", "place", "articles", "iri"),
                columns("kind", "role", "title"));
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
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.next());
            }
        }
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

    // ---- writing ----

    /** An XML body writer; the checked exception of StAX is passed through. */
    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(OutputStream out, XmlBody body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private static void graphml(Network net, XMLStreamWriter w) throws XMLStreamException {
        newline(w, 0);
        w.setDefaultNamespace(GRAPHML_NS);
        w.writeStartElement(GRAPHML_NS, "graphml");
        w.writeDefaultNamespace(GRAPHML_NS);
        w.writeNamespace("xsi", XSI_NS);
        w.writeAttribute(XSI_NS, "schemaLocation", GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        List<Column> nodeKeys = new ArrayList<>(List.of(new Column("label", false)));
        nodeKeys.addAll(net.nodeColumns());
        for (Column c : nodeKeys) {
            key(w, "node", c);
        }
        for (Column c : net.edgeColumns()) {
            key(w, "edge", c);
        }
        newline(w, 1);
        w.writeStartElement(GRAPHML_NS, "graph");
        w.writeAttribute("id", net.kind().cliName());
        w.writeAttribute("edgedefault", "undirected");
        for (Vertex v : net.nodes()) {
            newline(w, 2);
            w.writeStartElement(GRAPHML_NS, "node");
            w.writeAttribute("id", v.id());
            data(w, "node", "label", v.label());
            for (Column c : net.nodeColumns()) {
                data(w, "node", c.name(), v.data().get(c.name()));
            }
            newline(w, 2);
            w.writeEndElement();
        }
        for (Edge e : net.edges()) {
            newline(w, 2);
            w.writeStartElement(GRAPHML_NS, "edge");
            w.writeAttribute("id", e.id());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            for (Column c : net.edgeColumns()) {
                data(w, "edge", c.name(), e.data().get(c.name()));
            }
            newline(w, 2);
            w.writeEndElement();
        }
        newline(w, 1);
        w.writeEndElement();
        newline(w, 0);
        w.writeEndElement();
    }

    private static void key(XMLStreamWriter w, String domain, Column c) throws XMLStreamException {
        newline(w, 1);
        w.writeEmptyElement(GRAPHML_NS, "key");
        w.writeAttribute("id", domain + "." + c.name());
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", c.name());
        w.writeAttribute("attr.type", c.integer() ? "int" : "string");
    }

    private static void data(XMLStreamWriter w, String domain, String column, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        newline(w, 3);
        w.writeStartElement(GRAPHML_NS, "data");
        w.writeAttribute("key", domain + "." + column);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    private static void gexf(Network net, XMLStreamWriter w) throws XMLStreamException {
        newline(w, 0);
        w.setDefaultNamespace(GEXF_NS);
        w.writeStartElement(GEXF_NS, "gexf");
        w.writeDefaultNamespace(GEXF_NS);
        w.writeNamespace("xsi", XSI_NS);
        w.writeAttribute(XSI_NS, "schemaLocation", GEXF_NS + " http://gexf.net/1.3/gexf.xsd");
        w.writeAttribute("version", "1.3");
        newline(w, 1);
        w.writeStartElement(GEXF_NS, "meta");
        newline(w, 2);
        w.writeStartElement(GEXF_NS, "creator");
        w.writeCharacters("newsgraph");
        w.writeEndElement();
        newline(w, 2);
        w.writeStartElement(GEXF_NS, "description");
        w.writeCharacters(net.kind() == Kind.MET_WITH ? "who met whom: people who took part in the same events"
                : "persons, organisations, events and places");
        w.writeEndElement();
        newline(w, 1);
        w.writeEndElement();
        newline(w, 1);
        w.writeStartElement(GEXF_NS, "graph");
        w.writeAttribute("defaultedgetype", "undirected");
        w.writeAttribute("mode", "static");
        List<Column> edgeAttributes = net.edgeColumns().stream().filter(c -> !c.name().equals(WEIGHT)).toList();
        gexfAttributes(w, "node", net.nodeColumns());
        gexfAttributes(w, "edge", edgeAttributes);
        newline(w, 2);
        w.writeStartElement(GEXF_NS, "nodes");
        for (Vertex v : net.nodes()) {
            newline(w, 3);
            w.writeStartElement(GEXF_NS, "node");
            w.writeAttribute("id", v.id());
            w.writeAttribute("label", clean(v.label()));
            attvalues(w, net.nodeColumns(), v.data());
            w.writeEndElement();
        }
        newline(w, 2);
        w.writeEndElement();
        newline(w, 2);
        w.writeStartElement(GEXF_NS, "edges");
        for (Edge e : net.edges()) {
            newline(w, 3);
            w.writeStartElement(GEXF_NS, "edge");
            w.writeAttribute("id", e.id());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            if (e.data().containsKey(WEIGHT)) {
                w.writeAttribute(WEIGHT, e.data().get(WEIGHT));
            }
            attvalues(w, edgeAttributes, e.data());
            w.writeEndElement();
        }
        newline(w, 2);
        w.writeEndElement();
        newline(w, 1);
        w.writeEndElement();
        newline(w, 0);
        w.writeEndElement();
    }

    private static void gexfAttributes(XMLStreamWriter w, String cls, List<Column> columns) throws XMLStreamException {
        newline(w, 2);
        w.writeStartElement(GEXF_NS, "attributes");
        w.writeAttribute("class", cls);
        w.writeAttribute("mode", "static");
        for (Column c : columns) {
            newline(w, 3);
            w.writeEmptyElement(GEXF_NS, "attribute");
            w.writeAttribute("id", c.name());
            w.writeAttribute("title", c.name());
            w.writeAttribute("type", c.integer() ? "integer" : "string");
        }
        newline(w, 2);
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, List<Column> columns, Map<String, String> data)
            throws XMLStreamException {
        List<Column> present = columns.stream().filter(c -> data.containsKey(c.name())).toList();
        if (present.isEmpty()) {
            return;
        }
        w.writeStartElement(GEXF_NS, "attvalues");
        for (Column c : present) {
            w.writeEmptyElement(GEXF_NS, "attvalue");
            w.writeAttribute("for", c.name());
            w.writeAttribute("value", clean(data.get(c.name())));
        }
        w.writeEndElement();
    }

    private static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * Text as XML 1.0 can carry it: characters XML forbids are dropped, and line breaks and tabs become
     * spaces because attribute values (GEXF labels) would lose them anyway.
     */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                sb.append(' ');
            } else if (cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static void cytoscape(Network net, OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = json.createObjectNode();
        root.putObject("data").put("name", "newsgraph " + net.kind().cliName());
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (Vertex v : net.nodes()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", v.id());
            d.put("label", v.label());
            d.put("name", v.label());
            putColumns(d, net.nodeColumns(), v.data());
        }
        ArrayNode edges = elements.putArray("edges");
        for (Edge e : net.edges()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            putColumns(d, net.edgeColumns(), e.data());
        }
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        json.writer(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf)).writeValue(out, root);
        out.write('\n');
    }

    private static void putColumns(ObjectNode d, List<Column> columns, Map<String, String> data) {
        for (Column c : columns) {
            String value = data.get(c.name());
            if (value != null && c.integer()) {
                d.put(c.name(), Long.parseLong(value));
            } else if (value != null) {
                d.put(c.name(), value);
            }
        }
    }

    /** Gephi's spreadsheet import recognises Id and Label. */
    private static void csvNodes(Network net, Writer w) throws IOException {
        List<String> header = new ArrayList<>(List.of("Id", "Label"));
        net.nodeColumns().forEach(c -> header.add(c.name()));
        csvRow(w, header);
        for (Vertex v : net.nodes()) {
            List<String> row = new ArrayList<>(List.of(v.id(), v.label()));
            net.nodeColumns().forEach(c -> row.add(v.data().getOrDefault(c.name(), "")));
            csvRow(w, row);
        }
    }

    /** Gephi's spreadsheet import recognises Source, Target, Type (Undirected), Id and Weight. */
    private static void csvEdges(Network net, Writer w) throws IOException {
        List<String> header = new ArrayList<>(List.of("Source", "Target", "Type", "Id"));
        net.edgeColumns().forEach(c -> header.add(c.name().equals(WEIGHT) ? "Weight" : c.name()));
        csvRow(w, header);
        for (Edge e : net.edges()) {
            List<String> row = new ArrayList<>(List.of(e.source(), e.target(), "Undirected", e.id()));
            net.edgeColumns().forEach(c -> row.add(e.data().getOrDefault(c.name(), "")));
            csvRow(w, row);
        }
    }

    /** One RFC 4180 record: fields with a comma, quote, line break or edge space are quoted, quotes doubled. */
    static void csvRow(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                w.write(',');
            }
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                    || !f.equals(f.strip());
            w.write(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        w.write("\r\n");
    }
}
