package org.newsgraph.bench;

import static org.newsgraph.bench.Report.seconds;

import java.io.IOException;
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
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.ingest.IngestRun;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;

/**
 * The store the query and load benchmarks serve, and how they query it: an existing store, or one built from
 * {@code articles} generated articles; the canned query, the number of clients and the per-request timeout.
 *
 * @param storeDir the store to use, built only when the directory does not exist; null for one in the work
 *                 directory
 * @param compact  whether to compact the database before serving
 * @param resultCacheMb the server's result cache in MB; 0 for none
 */
public record ServedStore(long articles, Path storeDir, int clients, String queryName, int requestTimeout,
                          boolean compact, int resultCacheMb) {

    /** A server on a free loopback port, with the per-request timeout as its query timeout. */
    NewsgraphServer serve(Store store) {
        return NewsgraphServer.create().store(store).port(0).resultCacheBytes((long) resultCacheMb << 20)
                .timeout(Duration.ofSeconds(requestTimeout)).build().start();
    }

    String query() {
        return CannedQueries.text(queryName).orElseThrow(() -> new IllegalArgumentException("no canned query " + queryName));
    }

    /**
     * Opens the store in {@code storeDir}, or builds one there (or in the work directory when it is null)
     * from {@code articles} generated articles: generate, ingest (as serve --ingest would), enrich. An existing store
     * without meeting pairs is enriched. With {@code compact}, the database is compacted before use.
     */
    Store openOrBuild(BenchRun common, Report report)
            throws IOException {
        Path db = storeDir == null ? common.workDir().resolve("tdb") : storeDir;
        boolean build = !Files.isDirectory(db);
        report.put("store", storeDir == null ? "(temporary)" : db.toString()).put("built", build);
        Store store = Store.open(db);
        try {
            if (build) {
                Path corpus = common.workDir().resolve("corpus.jsonl");
                long t = System.nanoTime();
                new CorpusGenerator(common.seed()).writeJsonLines(corpus, articles);
                report.put("generateSeconds", seconds(System.nanoTime() - t));
                IngestRun.Result run = new IngestRun(new Ingester(Lexicons.bundled(), ShapeGate.bundled(),
                        Ingester.defaultThreads(), Compaction.AUTO)).run(new ArticleReader(), List.of(corpus), store,
                        new IngestRun.Options(false, true, IngestRun.AfterRun.KEEP), a -> { });
                Ingester.Summary s = run.ingest();
                report.put("enrichSeconds", run.enrichSeconds());
                enriched(run.enrichment(), report);
                report.put("ingestSeconds", s.seconds()).put("ingestCompactions", s.compactions())
                        .put("ingestCompactSeconds", s.compactSeconds()).put("articles", s.articles())
                        .put("rejected", s.rejected()).put("events", s.events());
                Files.delete(corpus);
            } else {
                report.put("articles", "(existing store)");
            }
            if (!build && !hasMeetingPairs(store)) {
                long t = System.nanoTime();
                Enricher.Result e = new Enricher().enrich(store);
                report.put("enrichSeconds", seconds(System.nanoTime() - t));
                enriched(e, report);
            }
            if (compact) {
                long before = store.bytesOnDisk();
                long t = System.nanoTime();
                store.compact();
                report.put("compactSeconds", seconds(System.nanoTime() - t)).put("storeBytesBeforeCompact", before)
                        .put("storeBytesAfterCompact", store.bytesOnDisk());
            } else {
                report.put("storeBytes", store.bytesOnDisk());
            }
            report.put("quadsInStore", store.quadCount());
            return store;
        } catch (RuntimeException | IOException e) {
            store.close();
            throw e;
        }
    }

    private static void enriched(Enricher.Result e, Report report) {
        report.put("canonicalPersons", e.canonicalPersons()).put("canonicalEvents", e.canonicalEvents())
                .put("pairs", e.pairs());
    }

    private static boolean hasMeetingPairs(Store store) {
        String ask = "ASK { GRAPH " + Iris.sparql(Iris.MET_WITH_GRAPH) + " { ?s ?p ?o } }";
        return store.ask(ask);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A POST of the canned query to the server's SPARQL endpoint, asking for JSON results. */
    HttpRequest request(NewsgraphServer server) {
        return request(server, query());
    }

    /** A POST of a query's text to the server's SPARQL endpoint, asking for JSON results. */
    HttpRequest request(NewsgraphServer server, String queryText) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .timeout(Duration.ofSeconds(requestTimeout))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(queryText, StandardCharsets.UTF_8)).build();
    }

    /** A GET of a canned query with its parameters at the server's canned endpoint, asking for JSON results. */
    HttpRequest cannedRequest(NewsgraphServer server, String name, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        new TreeMap<>(params).forEach((k, v) -> query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(server.cannedUrl(name) + query))
                .timeout(Duration.ofSeconds(requestTimeout))
                .header("Accept", "application/sparql-results+json").GET().build();
    }

    /** Sends the request {@code n} times, unmeasured, and reports the size of the first answer. */
    static void warmUp(HttpClient http, HttpRequest request, int n, Report report) throws Exception {
        for (int i = 0; i < n; i++) {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (i == 0) {
                JsonNode json = new ObjectMapper().readTree(r.body());
                report.put("firstStatus", r.statusCode())
                        .put("resultRows", json.path("results").path("bindings").size())
                        .put("resultBytes", r.body().length);
            }
        }
    }
}
