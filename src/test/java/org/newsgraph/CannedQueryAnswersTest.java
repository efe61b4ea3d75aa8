package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;

/**
 * Every canned query gives on the seed store the answers it gave before the graph was made leaner
 * (issue 13): the CSV files in {@code src/test/resources/queries/seeds/} were written by
 * {@code newsgraph query NAME --format csv} on {@code ingest seeds} from the last revision with the old graph
 * shape (2d150b3, and for figures and search 7f9f4f4, whose extraction differs), except who-met-whom-person and
 * who-met-whom-pair, which are new with the leaner graph and checked by hand against who-met-whom. The search
 * files were rewritten by issue 15's second, third and fourth passes and session 25: same rows, Lucene scores shifted by the changed index statistics;
 * session 25 also made one figure's subject the landmark the text names (太原古县城【景区】).
 * A file is named {@code QUERY.csv} or {@code QUERY@name=value,name=value.csv} for bound parameters.
 * Rows are compared as multisets: ORDER BY leaves the order of ties to the engine. The server's canned
 * endpoint ({@code GET /canned/NAME?param=value}, queries parsed once) gives the same answers over HTTP.
 */
class CannedQueryAnswersTest {

    private static final Path FIXTURES = Path.of("src/test/resources/queries/seeds");

    @TempDir
    static Path tmp;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Store store;
    private static NewsgraphServer server;

    @BeforeAll
    static void ingestSeeds() {
        store = Store.open(tmp.resolve("tdb2"));
        Ingester.Summary s = new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Fixtures.SEEDS),
                store, a -> { });
        assertEquals(0, s.rejected(), s.rejects().toString());
        new Enricher().enrich(store);
        server = NewsgraphServer.create().store(store).port(0).build().start();
    }

    @AfterAll
    static void close() {
        server.stop();
        store.close();
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".csv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void answersAreThoseOfTheBaseRevision(String file) throws IOException {
        List<String> actual = store.select(CannedQueries.prepare(name(file), params(file)), ResultFormat.CSV).lines().toList();
        assertSameAnswer(file, actual);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theServersCannedEndpointGivesTheSameAnswers(String file) throws Exception {
        StringBuilder url = new StringBuilder(server.cannedUrl(name(file)));
        char sep = '?';
        for (Map.Entry<String, String> p : params(file).entrySet()) {
            url.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url.toString())).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertSameAnswer(file, r.body().lines().toList());
    }

    private static void assertSameAnswer(String file, List<String> actual) throws IOException {
        List<String> expected = Files.readString(FIXTURES.resolve(file), StandardCharsets.UTF_8).lines().toList();
        assertEquals(expected.get(0), actual.get(0), file + ": columns");
        assertEquals(sortedRows(expected), sortedRows(actual), file + ": rows");
    }

    private static String name(String file) {
        String stem = file.substring(0, file.length() - ".csv".length());
        return stem.contains("@") ? stem.substring(0, stem.indexOf('@')) : stem;
    }

    /** The bound parameters a fixture's name gives: {@code QUERY@name=value,name=value.csv}. */
    private static Map<String, String> params(String file) {
        String stem = file.substring(0, file.length() - ".csv".length());
        Map<String, String> params = new LinkedHashMap<>();
        if (stem.contains("@")) {
            for (String kv : stem.substring(stem.indexOf('@') + 1).split(",")) {
                params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        return params;
    }

    @org.junit.jupiter.api.Test
    void everyCannedQueryHasAFixture() throws IOException {
        List<String> names = fixtures().map(f -> f.replaceAll("(@.*)?\\.csv$", "")).distinct().toList();
        assertTrue(names.containsAll(CannedQueries.NAMES), "fixtures for " + names + ", queries " + CannedQueries.NAMES);
    }

    private static List<String> sortedRows(List<String> lines) {
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        rows.sort(null);
        return rows;
    }
}
