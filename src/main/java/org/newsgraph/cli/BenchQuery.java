package org.newsgraph.cli;

import static org.newsgraph.bench.Report.seconds;
import static org.newsgraph.bench.WorkFiles.treeSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.newsgraph.Ingester;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.HttpLoad;
import org.newsgraph.bench.Report;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Enricher;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench query}: latency of a canned query over HTTP on loopback, C concurrent clients,
 * on a store that is built (generate, ingest, enrich) when it does not exist yet.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "who-met-whom latency (p50/p99) over HTTP on loopback, C clients, R requests.")
final class BenchQuery implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Option(names = "--articles", defaultValue = "10000", description = "articles in the store (default: ${DEFAULT-VALUE})")
    long articles;

    @Option(names = "--requests", defaultValue = "200", description = "measured requests in all (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--clients", defaultValue = "4", description = "concurrent client threads (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up requests, not measured (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--query", defaultValue = "who-met-whom-summary", description = "canned query name (default: ${DEFAULT-VALUE})")
    String queryName;

    @Option(names = "--store", paramLabel = "DIR",
            description = "use this store; it is built (generate, ingest, enrich) only when the directory does not exist")
    Path storeDir;

    @Option(names = "--request-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "per-request timeout (default: ${DEFAULT-VALUE})")
    int requestTimeout;

    @Option(names = "--compact", description = "compact the TDB2 database (DatabaseMgr.compact) before serving")
    boolean compact;

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } finally {
            common.cleanUp();
        }
    }

    private int run() throws Exception {
        if (requests < 1 || clients < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--requests and --clients must be >= 1");
        }
        String query = CannedQueries.text(queryName).orElseThrow(
                () -> new IllegalArgumentException("no canned query " + queryName));
        Report report = common.report("query").put("query", queryName);
        try (Store store = openOrBuild(common, storeDir, articles, compact, report)) {
            NewsgraphServer server = NewsgraphServer.create().dataset(store.datasetGraph()).port(0)
                    .timeout(Duration.ofSeconds(requestTimeout)).build().start();
            try {
                HttpClient http = client();
                HttpRequest request = sparqlRequest(server, query, requestTimeout);
                warmUp(http, request, warmup, report);
                common.startClock();
                HttpLoad.run(http, request, clients, requests, common::pastDeadline,
                        common.timeLimitSeconds + requestTimeout + 10L).reportTo(report, "");
            } finally {
                server.stop();
            }
        }
        report.print();
        return ExitCode.OK;
    }

    /**
     * Opens the store in {@code storeDir}, or builds one there (or in the work directory when it is null)
     * from {@code articles} generated articles: generate, ingest on all cores, enrich. An existing store
     * without meeting pairs is enriched. With {@code compact}, the database is compacted before use.
     */
    static Store openOrBuild(BenchOptions common, Path storeDir, long articles, boolean compact, Report report)
            throws java.io.IOException {
        Path db = storeDir == null ? common.workDir().resolve("tdb") : storeDir;
        boolean build = !Files.isDirectory(db);
        report.put("store", storeDir == null ? "(temporary)" : db.toString()).put("built", build);
        Store store = Store.open(db);
        try {
            if (build) {
                Path corpus = common.workDir().resolve("corpus.jsonl");
                long t = System.nanoTime();
                new CorpusGenerator(common.seed).writeJsonLines(corpus, articles);
                report.put("generateSeconds", seconds(System.nanoTime() - t));
                Ingester.Summary s = new Ingester(Lexicons.bundled(), ShapeGate.bundled(),
                        Runtime.getRuntime().availableProcessors(), Compaction.AUTO).ingest(new ArticleReader(), List.of(corpus), store,
                        a -> { });
                report.put("ingestSeconds", s.seconds()).put("articles", s.articles())
                        .put("rejected", s.rejected()).put("events", s.events());
                Files.delete(corpus);
            } else {
                report.put("articles", "(existing store)");
            }
            if (build || !hasMeetingPairs(store)) {
                long t = System.nanoTime();
                Enricher.Result e = new Enricher().enrich(store);
                report.put("enrichSeconds", seconds(System.nanoTime() - t)).put("canonicalPersons",
                        e.canonicalPersons()).put("canonicalEvents", e.canonicalEvents()).put("pairs", e.pairs());
            }
            if (compact) {
                long before = treeSize(db);
                long t = System.nanoTime();
                store.compact();
                report.put("compactSeconds", seconds(System.nanoTime() - t)).put("storeBytesBeforeCompact", before)
                        .put("storeBytesAfterCompact", treeSize(db));
            } else {
                report.put("storeBytes", treeSize(db));
            }
            report.put("quadsInStore", store.quadCount());
            return store;
        } catch (RuntimeException | java.io.IOException e) {
            store.close();
            throw e;
        }
    }

    private static boolean hasMeetingPairs(Store store) {
        String ask = "ASK { GRAPH <" + Iris.MET_WITH_GRAPH.getURI() + "> { ?s ?p ?o } }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(ask).build()) {
                return qe.execAsk();
            }
        });
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A POST of the query to the server's SPARQL endpoint, asking for JSON results. */
    static HttpRequest sparqlRequest(NewsgraphServer server, String query, int timeoutSeconds) {
        return HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
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
