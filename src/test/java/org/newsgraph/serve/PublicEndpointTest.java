package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue 11 against a real endpoint: queries that would make the server fetch URLs, read
 * files, stream the whole store or hang on a silent host. A local web server and a silent socket stand in
 * for the hosts an attacker would point the endpoint at.
 */
class PublicEndpointTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private HttpServer web;
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private NewsgraphServer server;

    @BeforeEach
    void startWebServer() throws IOException {
        web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = ("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":"
                    + "[{\"x\":{\"type\":\"literal\",\"value\":\"remote-row\"}}]}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
    }

    @AfterEach
    void stop() {
        web.stop(0);
        if (server != null) {
            server.stop();
        }
    }

    private String webUrl(String path) {
        return "http://127.0.0.1:" + web.getAddress().getPort() + path;
    }


    private NewsgraphServer start(NewsgraphServer.Builder builder) {
        server = builder.port(0).build().start();
        return server;
    }

    private HttpResponse<String> query(String query) throws Exception {
        return post("/newsgraph/sparql", "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serviceCannotMakeTheServerFetchAUrl() throws Exception {
        start(NewsgraphServer.create().dataset(NewsgraphServerTest.data(3)));
        HttpResponse<String> r = query("SELECT * { SERVICE <" + webUrl("/secret.txt") + "> { ?s ?p ?o } }");
        HttpResponse<String> viaVariable = query("SELECT * { BIND(<" + webUrl("/var") + "> AS ?u) SERVICE ?u { ?s ?p ?o } }");
        HttpResponse<String> silent = query("SELECT * { SERVICE SILENT <" + webUrl("/silent") + "> { ?s ?p ?o } }");
        assertEquals(List.of(), seen, "the endpoint fetched a URL for a query");
        assertNotEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("remote-row") || viaVariable.body().contains("remote-row")
                || silent.body().contains("remote-row"));
    }

    @Test
    void anAllowedServiceIsCalledAndNoOther() throws Exception {
        start(NewsgraphServer.create().dataset(NewsgraphServerTest.data(3)).allowService(webUrl("/sparql")));
        HttpResponse<String> allowed = query("SELECT ?x { SERVICE <" + webUrl("/sparql") + "> { ?x ?p ?o } }");
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertTrue(allowed.body().contains("remote-row"), allowed.body());
        query("SELECT * { SERVICE <" + webUrl("/other") + "> { ?s ?p ?o } }");
        assertEquals(1, seen.size(), "requests seen: " + seen);
        assertTrue(seen.get(0).contains("/sparql"), seen.toString());
    }

    @Test
    void fromAndProtocolGraphsNeverLoadUrlsOrFiles() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.ttl"), "<urn:secret> <urn:p> \"file-secret\" .\n");
        start(NewsgraphServer.create().dataset(NewsgraphServerTest.data(3)));
        String file = secret.toUri().toString();
        List<HttpResponse<String>> responses = List.of(
                query("SELECT * FROM <" + webUrl("/data.ttl") + "> { ?s ?p ?o }"),
                query("SELECT * FROM NAMED <" + webUrl("/named.ttl") + "> { GRAPH ?g { ?s ?p ?o } }"),
                query("SELECT * FROM <" + file + "> { ?s ?p ?o }"),
                query("SELECT * FROM NAMED <" + file + "> { GRAPH ?g { ?s ?p ?o } }"),
                post("/newsgraph/sparql", "query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8)
                        + "&default-graph-uri=" + URLEncoder.encode(webUrl("/dg.ttl"), StandardCharsets.UTF_8)
                        + "&named-graph-uri=" + URLEncoder.encode(file, StandardCharsets.UTF_8)));
        assertEquals(List.of(), seen, "the endpoint fetched a URL for a query");
        for (HttpResponse<String> r : responses) {
            assertFalse(r.body().contains("file-secret") || r.body().contains("remote-row"), r.body());
        }
    }

    @Test
    void theGraphStoreProtocolDoesNotStreamTheStore() throws Exception {
        start(NewsgraphServer.create().dataset(NewsgraphServerTest.data(50)).maxResults(5));
        for (String path : List.of("/newsgraph/data", "/newsgraph/data?default", "/newsgraph/data?graph=urn:g",
                "/newsgraph/get", "/newsgraph/get?graph=urn:g", "/newsgraph?default", "/newsgraph?graph=urn:g",
                "/newsgraph")) {
            HttpResponse<String> r = get(path);
            assertFalse(r.body().contains("urn:s4"), path + " gave " + r.statusCode() + ": " + r.body());
            assertNotEquals(200, r.statusCode(), path);
        }
        assertEquals(200, get("/newsgraph/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))
                .statusCode(), "queries still work over GET");
    }

    /** A host that accepts connections and never answers; counts the connections it accepted. */
    private static final class SilentHost implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        SilentHost() throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        held.add(socket.accept()); // accept and never answer
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/sparql";
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aSilentHostIsNotEvenContactedByDefault() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            start(NewsgraphServer.create().dataset(NewsgraphServerTest.data(3)).timeout(Duration.ofSeconds(2)));
            long t0 = System.nanoTime();
            HttpResponse<String> r = query("SELECT * { SERVICE <" + silent.url() + "> { ?s ?p ?o } }");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(0, silent.connections.get(), "the endpoint connected to the silent host");
            assertNotEquals(200, r.statusCode(), r.body());
            assertTrue(seconds < 8, "the request was held for " + seconds + " s (timeout 2 s)");
        }
    }

    @Test
    void aSilentServiceDoesNotHoldTheRequestPastTheTimeout() throws Exception {
        try (SilentHost silent = new SilentHost()) {
            start(NewsgraphServer.create().dataset(NewsgraphServerTest.data(3)).timeout(Duration.ofSeconds(2)).allowService(silent.url()));
            long t0 = System.nanoTime();
            HttpResponse<String> r = query("SELECT * { SERVICE <" + silent.url() + "> { ?s ?p ?o } }");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(1, silent.connections.get(), "the allowed service was not called");
            assertNotEquals(200, r.statusCode(), r.body());
            assertTrue(seconds < 8, "a silent SERVICE held the request for " + seconds + " s (timeout 2 s)");
        }
    }
}
