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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * The query page's requests, as its script makes them, against a server over a store with a name index:
 * a canned query's parameters are listed and bound by the server, and the bound query returns rows.
 */
class UiServletTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String get(NewsgraphServer server, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    @Test
    void theSearchQueryTakesItsParameterFromThePage() throws Exception {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(NodeFactory.createURI("urn:g"),
                    NodeFactory.createURI("urn:chen"), RDFS.label.asNode(), NodeFactory.createLiteralString("陈博")));
            NewsgraphServer server = NewsgraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
            try {
                assertEquals("[\"name\"]", get(server, "/queries/search.params"));
                assertEquals("[\"from\",\"to\"]", get(server, "/queries/network.params"));
                String query = get(server, "/queries/search.rq?name=" + URLEncoder.encode("陈博", StandardCharsets.UTF_8));
                assertTrue(query.contains("\"陈博\""), query);
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + "/newsgraph/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                JsonNode rows = JSON.readTree(r.body()).path("results").path("bindings");
                assertEquals(1, rows.size(), r.body());
                assertEquals("urn:chen", rows.get(0).path("entity").path("value").asText());
                String page = get(server, "/index.html");
                assertTrue(page.contains(".params") && page.contains("runWithParams"), "the page does not offer parameters");
            } finally {
                server.stop();
            }
        }
    }
}
