package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The endpoint's safety settings, each checked against a real server on a free port. */
class NewsgraphServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    /** An in-memory dataset of {@code n} quads in one graph. */
    static DatasetGraph data(int n) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                dsg.add(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:s" + i),
                        NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o" + i));
            }
        });
        return dsg;
    }

    private static HttpResponse<String> send(NewsgraphServer server, String path, String form, String auth)
            throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (auth != null) {
            req.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Jetty's Scanner threads (the password file watcher) still alive. */
    private static List<String> scannerThreads() throws InterruptedException {
        Thread.sleep(200); // let a stopped scheduler's thread finish
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("Scanner")).toList();
    }

    @Test
    void resultsAreCutAtTheConfiguredLimit() throws Exception {
        NewsgraphServer server = NewsgraphServer.create().dataset(data(50)).port(0).maxResults(7).build().start();
        try {
            HttpResponse<String> r = send(server, "/newsgraph/sparql", q("SELECT * { GRAPH ?g { ?s ?p ?o } }"), null);
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(7, new ObjectMapper().readTree(r.body()).path("results").path("bindings").size());
            HttpResponse<String> small = send(server, "/newsgraph/sparql",
                    q("SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 3"), null);
            assertEquals(3, new ObjectMapper().readTree(small.body()).path("results").path("bindings").size());
        } finally {
            server.stop();
        }
    }

    @Test
    void aQueryOverTheTimeoutIsStopped() throws Exception {
        NewsgraphServer server = NewsgraphServer.create().dataset(data(400)).port(0)
                .timeout(Duration.ofSeconds(1)).build().start();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(server, "/newsgraph/sparql", q(
                    "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?h ?i ?j } }"), null);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertNotEquals(200, r.statusCode(), "a query of 400^4 rows finished within the timeout");
            assertTrue(seconds < 30, "the timeout did not stop the query: " + seconds + " s");
        } finally {
            server.stop();
        }
    }

    @Test
    void updatesNeedThePasswordAndThereIsNoUpdateEndpointWithoutOne() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwd"), "editor: s3cret\n");
        DatasetGraph dsg = data(1);
        NewsgraphServer server = NewsgraphServer.create().dataset(dsg).port(0).updateWithPasswordFile(passwords)
                .build().start();
        String update = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:g> { <urn:x> <urn:p> \"new\" } }",
                StandardCharsets.UTF_8);
        try {
            assertEquals(401, send(server, "/newsgraph/update", update, null).statusCode());
            assertEquals(401, send(server, "/newsgraph/update", update, "editor:wrong").statusCode());
            assertEquals(200, send(server, "/newsgraph/update", update, "editor:s3cret").statusCode());
            assertEquals(200, send(server, "/newsgraph/sparql", q("ASK { ?s ?p ?o }"), null).statusCode(),
                    "queries stay open to everyone");
        } finally {
            server.stop();
        }
        assertEquals(List.of(), scannerThreads(), "the password file watcher outlived the server");
        NewsgraphServer readOnly = NewsgraphServer.create().dataset(dsg).port(0).build().start();
        try {
            assertTrue(send(readOnly, "/newsgraph/update", update, "editor:s3cret").statusCode() >= 400);
        } finally {
            readOnly.stop();
        }
    }
}
