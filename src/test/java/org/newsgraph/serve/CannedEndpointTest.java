package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Store;

/**
 * The canned endpoint answers the bundled queries by name with their declared parameters, and nothing
 * else: no other name or file, no undeclared, repeated or overlong parameter, no value that changes the
 * query, no answer from a state the store has left. (That it gives the queries' answers is
 * {@code CannedQueryAnswersTest}.)
 */
class CannedEndpointTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Store store;
    private NewsgraphServer server;

    @BeforeEach
    void start() {
        store = Store.open(tmp.resolve("tdb2"));
        add(Iris.ENTITIES_GRAPH, person("a", "张三"), person("b", "李四"));
        server = NewsgraphServer.create().store(store).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aPersonsContactsAreAnsweredAndAWriteIsSeenAtOnce() throws Exception {
        assertEquals(0, rows(get("who-met-whom-person?person=" + enc("张三"))).size(), "no pair yet");
        add(Iris.MET_WITH_GRAPH, pair());
        JsonNode rows = rows(get("who-met-whom-person?person=" + enc("张三")));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("李四", rows.get(0).path("metWith").path("value").asText());
        assertEquals("3", rows.get(0).path("events").path("value").asText());
    }

    @Test
    void aValueIsAStringAndNeverPartOfTheQuery() throws Exception {
        HttpResponse<String> r = get("who-met-whom-person?person=" + enc("张三\" } UNION { ?p ?x ?name } #"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, rows(r).size(), r.body());
    }

    @Test
    void onlyTheBundledQueriesAndTheirParametersAreTaken() throws Exception {
        assertEquals(404, get("no-such-query").statusCode());
        assertEquals(404, get("queries/who-met-whom-person.rq").statusCode(), "a file path is no name");
        assertEquals(400, get(enc("/etc/passwd.rq")).statusCode(), "an encoded path is refused by Jetty");
        assertEquals(400, get("who-met-whom-person?name=" + enc("张三")).statusCode(), "undeclared parameter");
        assertEquals(400, get("who-met-whom-person?person=a&person=b").statusCode(), "a parameter given twice");
        assertEquals(400, get("who-met-whom-person?person=" + "张".repeat(CannedEndpoint.MAX_VALUE + 1)).statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.cannedUrl("who-met-whom-person")))
                .POST(HttpRequest.BodyPublishers.ofString("person=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), "read by GET only");
    }

    @Test
    void answersAreCutAtTheServersRowCap() throws Exception {
        add(Iris.ENTITIES_GRAPH, person("c", "王五"));
        add(Iris.MET_WITH_GRAPH, pair("a", "b"), pair("a", "c"));
        assertEquals(2, rows(get("who-met-whom-person?person=" + enc("张三"))).size());
        server.stop();
        server = NewsgraphServer.create().store(store).port(0).maxResults(1).build().start();
        assertEquals(1, rows(get("who-met-whom-person?person=" + enc("张三"))).size());
    }

    @Test
    void csvAndTsvWhenAskedFor() throws Exception {
        add(Iris.MET_WITH_GRAPH, pair());
        String csv = send("who-met-whom-person?person=" + enc("张三"), "text/csv").body();
        assertTrue(csv.startsWith("name,metWith,events,first,last"), csv);
        assertTrue(csv.contains("张三,李四,3"), csv);
        String tsv = send("who-met-whom-person?person=" + enc("张三"), "text/tab-separated-values").body();
        assertTrue(tsv.startsWith("?name\t?metWith"), tsv);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return send(pathAndQuery, "application/sparql-results+json");
    }

    private HttpResponse<String> send(String pathAndQuery, String accept) throws Exception {
        URI uri = URI.create(server.cannedUrl("") + pathAndQuery);
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode rows(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("results").path("bindings");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Graph person(String id, String name) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(uri("person/" + id), RDFS.label.asNode(), NodeFactory.createLiteralString(name));
        return g;
    }

    private static Graph pair() {
        return pair("a", "b");
    }

    private static Graph pair(String a, String b) {
        Graph g = GraphFactory.createDefaultGraph();
        Node pair = uri("pair/" + a + "-" + b);
        g.add(pair, Vocab.PERSON_A, uri("person/" + a));
        g.add(pair, Vocab.PERSON_B, uri("person/" + b));
        g.add(pair, Vocab.EVENT_COUNT, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger));
        return g;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(Vocab.ID + local);
    }

    private void add(Node graph, Graph... graphs) {
        store.write(() -> {
            for (Graph g : graphs) {
                store.addInTransaction(graph, g);
            }
            return null;
        });
    }
}
