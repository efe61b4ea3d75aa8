package org.newsgraph.bench;

import static org.newsgraph.bench.Report.rate;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.ingest.IngestRun;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.serve.BackgroundIngest;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;

/**
 * {@code newsgraph bench load}: analysts querying while an ingest runs through the server. C clients
 * send a canned query over HTTP, first against the quiet server for a while, then while the server
 * ingests and enriches new articles in the background ({@link BackgroundIngest}, as {@code serve
 * --ingest} does). Reports throughput, latency percentiles and errors of both phases, and the ingest's
 * own rate under the load.
 *
 * @param ingestArticles new articles the server ingests under load
 * @param threads        extraction threads of the ingest; 0 = as serve --ingest: the cores less one
 * @param quietSeconds   how long to measure the server before the ingest starts
 */
public record LoadBenchmark(BenchRun common, ServedStore serve, long ingestArticles, int threads, int quietSeconds) {

    /** Enough slots for any run that stops at the time limit. */
    private static final int MAX_REQUESTS = 2_000_000;

    public void run() throws Exception {
        Report report = common.report("load").put("query", serve.queryName());
        // new articles: another seed and dates after any the store was built from, so none is already there
        Path live = common.workDir().resolve("live");
        new CorpusGenerator(common.seed() ^ 0x9E3779B9L, "140000", 0, LocalDate.of(2031, 1, 1))
                .writeDirectory(live, ingestArticles);
        int cores = threads > 0 ? threads : Ingester.defaultThreads();
        Ingester ingester = new Ingester(Lexicons.bundled(), ShapeGate.bundled(), cores, Compaction.AUTO);
        try (Store store = serve.openOrBuild(common, report)) {
            NewsgraphServer server = serve.serve(store);
            try {
                HttpClient http = ServedStore.client();
                HttpRequest request = serve.request(server);
                ServedStore.warmUp(http, request, 3, report);
                long wait = common.timeLimitSeconds() + serve.requestTimeout() + 10L;
                common.startClock();

                long quietEnd = System.nanoTime() + Duration.ofSeconds(quietSeconds).toNanos();
                HttpLoad.Result quiet = HttpLoad.run(http, request, serve.clients(), MAX_REQUESTS,
                        () -> System.nanoTime() - quietEnd > 0 || common.pastDeadline(), wait);
                quiet.reportTo(report, "quiet");

                CompletableFuture<IngestRun.Result> ingest = BackgroundIngest.start(ingester, new ArticleReader(),
                        List.of(live), store, a -> { });
                HttpLoad.Result busy = HttpLoad.run(http, request, serve.clients(), MAX_REQUESTS,
                        () -> ingest.isDone() || common.pastDeadline(), wait);
                busy.reportTo(report, "duringIngest");
                boolean finished = ingest.isDone();
                report.put("liveIngestFinished", finished);
                if (finished) {
                    IngestRun.Result r = ingest.get();
                    Ingester.Summary s = r.ingest();
                    report.put("liveArticles", s.articles()).put("liveAdded", s.added()).put("liveReplaced", s.replaced())
                            .put("liveUnchanged", s.unchanged())
                            .put("liveRejected", s.rejected()).put("liveIngestSeconds", s.seconds())
                            .put("liveArticlesPerSecond", rate(s.articles(), s.seconds()))
                            .put("liveEnrichSeconds", r.enrichSeconds()).put("pairsAfter", r.enrichment().pairs())
                            .put("quadsInStoreAfter", store.quadCount());
                } else {
                    report.put("note", "time limit reached before the ingest finished; waiting for it to end");
                    ingest.join();
                }
                report.put("errors", quiet.errors() + busy.errors())
                        .put("goalMet", finished && quiet.errors() + busy.errors() == 0 && busy.requests() > 0);
            } finally {
                server.stop();
            }
        }
        report.print();
    }
}
