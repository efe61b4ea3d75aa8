package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.Store;

/** Seeds → temporary TDB2 → Fuseki on a free port → who-met-whom over HTTP. */
class EndToEndTest {

    @TempDir
    static Path tmp;

    private static Store store;
    private static NewsgraphServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void ingestAndServe() {
        store = Store.open(tmp.resolve("tdb2"));
        Ingester.Summary s = new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Fixtures.SEEDS),
                store, a -> { });
        assertEquals(0, s.rejected(), s.rejects().toString());
        new org.newsgraph.enrich.Enricher().enrich(store);
        server = NewsgraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> post(String path, String form) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> whoMetWhom() throws Exception {
        String query = CannedQueries.text("who-met-whom").orElseThrow();
        HttpResponse<String> resp = post("/newsgraph/sparql", "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, resp.statusCode(), resp.body());
        Set<String> pairs = new HashSet<>();
        for (JsonNode row : new ObjectMapper().readTree(resp.body()).path("results").path("bindings")) {
            String a = row.path("personA").path("value").asText();
            String b = row.path("personB").path("value").asText();
            String date = row.path("date").path("value").asText("");
            pairs.add(a + "–" + b + " " + date);
            pairs.add(b + "–" + a + " " + date);
        }
        return pairs;
    }

    @Test
    void whoMetWhomOverHttpFindsTheSeedPairsWithTheirDates() throws Exception {
        Set<String> pairs = whoMetWhom();
        for (String expected : List.of("陈博–张勤 2021-12-20", "张新伟–王剑峰 2021-10-07", "张新伟–程永平 2021-10-07",
                "韦韬–裴耀军 2022-08-28")) {
            assertTrue(pairs.contains(expected), expected + " missing from " + pairs);
        }
    }

    @Test
    void peopleMerelyMentionedInTheSameArticleAreNotPaired() throws Exception {
        Set<String> pairs = whoMetWhom();
        for (String author : List.of("刘涛", "殷雪青", "梁涛", "魏薇", "张波", "梁琛")) {
            assertFalse(pairs.stream().anyMatch(p -> p.startsWith(author + "–")), author + " paired: " + pairs);
        }
        assertFalse(pairs.stream().anyMatch(p -> p.startsWith("陈博–刘涛")));
    }

    @Test
    void theSummaryAcrossArticlesHasTheSeedPairs() throws Exception {
        String query = CannedQueries.text("who-met-whom-summary").orElseThrow();
        HttpResponse<String> resp = post("/newsgraph/sparql", "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, resp.statusCode(), resp.body());
        Set<String> pairs = new HashSet<>();
        for (JsonNode row : new ObjectMapper().readTree(resp.body()).path("results").path("bindings")) {
            pairs.add(row.path("personA").path("value").asText() + "–" + row.path("personB").path("value").asText());
        }
        assertTrue(pairs.contains("张勤–陈博") && pairs.contains("张新伟–王剑峰") && pairs.contains("裴耀军–韦韬"), pairs.toString());
        assertTrue(pairs.stream().noneMatch(p -> p.contains("刘涛") || p.contains("殷雪青")), pairs.toString());
    }

    @Test
    void namesAreFoundWithoutKnowingIris() throws Exception {
        String query = CannedQueries.text("search").orElseThrow().replace("?name", "\"卫健委\"");
        HttpResponse<String> resp = post("/newsgraph/sparql", "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, resp.statusCode(), resp.body());
        JsonNode rows = new ObjectMapper().readTree(resp.body()).path("results").path("bindings");
        assertEquals("太原市卫生健康委员会", rows.get(0).path("label").path("value").asText(), resp.body());
        String person = CannedQueries.text("search").orElseThrow().replace("?name", "\"陈博\"");
        JsonNode people = new ObjectMapper().readTree(post("/newsgraph/sparql",
                "query=" + URLEncoder.encode(person, StandardCharsets.UTF_8)).body()).path("results").path("bindings");
        assertTrue(people.size() > 0 && people.get(0).path("label").path("value").asText().equals("陈博"));
        assertEquals("person", people.get(0).path("kind").path("value").asText());
    }

    @Test
    void theEndpointIsReadOnly() throws Exception {
        HttpResponse<String> resp = post("/newsgraph/update",
                "update=" + URLEncoder.encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8));
        assertTrue(resp.statusCode() >= 400, "update was accepted: " + resp.statusCode());
        HttpResponse<String> ask = post("/newsgraph/sparql", "query=" + URLEncoder.encode(
                "ASK { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8));
        assertTrue(ask.body().contains("false"), "the store changed: " + ask.body());
    }

    @Test
    void theQueryPageAndCannedQueriesAreServed() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/newsgraph/sparql"));
        HttpResponse<String> q = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + "/queries/who-met-whom.rq")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(q.body().contains("SELECT ?personA"));
    }
}
