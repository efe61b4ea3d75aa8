package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * The server answers a query asked again from its cache, and never from a state the store has left. Each
 * query draws a fresh UUID, so an answer computed again differs from the one before.
 */
class ResultCacheTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String QUERY =
            "SELECT (STRUUID() AS ?fresh) ?o { GRAPH <urn:g> { <urn:s> <urn:p> ?o } } ORDER BY ?o";

    @TempDir
    Path tmp;

    @Test
    void aQueryAskedAgainIsAnsweredFromTheCacheUntilTheStoreChanges() throws Exception {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            add(store, "first");
            NewsgraphServer server = NewsgraphServer.create().store(store).port(0).build().start();
            try {
                String answer = body(server, QUERY);
                assertTrue(answer.contains("first"), answer);
                assertEquals(answer, body(server, QUERY), "asked again, unchanged store");
                String form = form(server, QUERY);
                assertEquals(form, form(server, QUERY), "the query page's form request");
                assertEquals(get(server, QUERY), get(server, QUERY), "a GET");

                add(store, "second");
                String changed = body(server, QUERY);
                assertNotEquals(answer, changed);
                assertTrue(changed.contains("second"), changed);
                assertEquals(changed, body(server, QUERY));

                store.compact();
                assertNotEquals(changed, body(server, QUERY), "a compaction starts a new generation");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void withoutACacheEveryAnswerIsComputed() throws Exception {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            add(store, "first");
            NewsgraphServer server = NewsgraphServer.create().store(store).port(0).resultCacheBytes(0).build().start();
            try {
                assertNotEquals(body(server, QUERY), body(server, QUERY));
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void formatsAndLongQueriesAreNotMixedUp() throws Exception {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            add(store, "first");
            NewsgraphServer server = NewsgraphServer.create().store(store).port(0).build().start();
            try {
                HttpResponse<String> json = send(server, bodyRequest(server, QUERY, "application/sparql-results+json"));
                HttpResponse<String> xml = send(server, bodyRequest(server, QUERY, "application/sparql-results+xml"));
                assertTrue(json.headers().firstValue("Content-Type").orElse("").contains("json"));
                assertTrue(xml.headers().firstValue("Content-Type").orElse("").contains("xml"), xml.body());
                assertTrue(xml.body().startsWith("<?xml"), xml.body());

                String padded = QUERY + "\n#" + "x".repeat(ResultCache.MAX_BODY);
                String long1 = body(server, padded);
                assertTrue(long1.contains("first"), long1);
                assertNotEquals(long1, body(server, padded), "a body over the key limit is not kept");
            } finally {
                server.stop();
            }
        }
    }

    private static void add(Store store, String value) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString(value));
        store.write(() -> {
            store.addInTransaction(NodeFactory.createURI("urn:g"), g);
            return null;
        });
    }

    private static String body(NewsgraphServer server, String query) throws Exception {
        return ok(send(server, bodyRequest(server, query, "application/sparql-results+json")));
    }

    private static HttpRequest bodyRequest(NewsgraphServer server, String query, String accept) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query; charset=utf-8").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
    }

    private static String form(NewsgraphServer server, String query) throws Exception {
        return ok(send(server, HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build()));
    }

    private static String get(NewsgraphServer server, String query) throws Exception {
        URI uri = URI.create(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return ok(send(server, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/sparql-results+json").GET().build()));
    }

    private static HttpResponse<String> send(NewsgraphServer server, HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
