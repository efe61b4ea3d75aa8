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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.IngestRun;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.Store;

/** An ingest through a running server: analysts' queries keep being answered, then see the new meetings. */
class BackgroundIngestTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SUMMARY = CannedQueries.text("who-met-whom-summary").orElseThrow();

    @TempDir
    Path tmp;

    private static Set<String> pairs(NewsgraphServer server) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(SUMMARY, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        Set<String> pairs = new HashSet<>();
        for (JsonNode row : new ObjectMapper().readTree(resp.body()).path("results").path("bindings")) {
            pairs.add(row.path("personA").path("value").asText() + "–" + row.path("personB").path("value").asText());
        }
        return pairs;
    }

    @Test
    void queriesAreAnsweredDuringTheIngestAndSeeItsMeetingsAfterwards() throws Exception {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            NewsgraphServer server = NewsgraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
            try {
                assertEquals(Set.of(), pairs(server));
                Ingester ingester = new Ingester(Lexicons.bundled());
                CompletableFuture<IngestRun.Result> ingest = BackgroundIngest.start(ingester, new ArticleReader(),
                        List.of(Fixtures.SEEDS), store, a -> { });
                int answered = 0;
                while (!ingest.isDone()) {
                    pairs(server);
                    answered++;
                }
                IngestRun.Result result = ingest.get();
                assertEquals(49, result.ingest().added());
                assertTrue(answered > 0, "no query ran while the ingest did");
                Set<String> after = pairs(server);
                assertTrue(after.contains("张勤–陈博") && after.contains("裴耀军–韦韬"), after.toString());
            } finally {
                server.stop();
            }
        }
    }
}
