package org.newsgraph.cli;

import static org.newsgraph.bench.Report.rate;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.HttpLoad;
import org.newsgraph.bench.Report;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.IngestRun;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.serve.BackgroundIngest;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code newsgraph bench load}: analysts querying while an ingest runs through the server. C clients
 * send a canned query over HTTP, first against the quiet server for a while, then while the server
 * ingests and enriches new articles in the background ({@link BackgroundIngest}, as {@code serve
 * --ingest} does). Reports throughput, latency percentiles and errors of both phases, and the ingest's
 * own rate under the load.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Query load over HTTP while the server ingests new articles: throughput, p99, errors.")
final class BenchLoad implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Mixin
    BenchServeOptions serve;

    @Option(names = "--ingest-articles", defaultValue = "2000",
            description = "new articles the server ingests under load (default: ${DEFAULT-VALUE})")
    long ingestArticles;

    @Option(names = "--threads", defaultValue = "0",
            description = "extraction threads of the ingest; 0 = as serve --ingest: the cores less one (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--quiet-seconds", defaultValue = "30",
            description = "how long to measure the server before the ingest starts (default: ${DEFAULT-VALUE})")
    int quietSeconds;

    /** Enough slots for any run that stops at the time limit. */
    private static final int MAX_REQUESTS = 2_000_000;

    @Override
    public Integer call() throws Exception {
        return common.thenCleanUp(this::run);
    }

    private int run() throws Exception {
        if (serve.clients < 1 || ingestArticles < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--clients and --ingest-articles must be >= 1");
        }
        Report report = common.report("load").put("query", serve.queryName);
        // new articles: another seed and dates after any the store was built from, so none is already there
        Path live = common.workDir().resolve("live");
        new CorpusGenerator(common.seed ^ 0x9E3779B9L, "140000", 0, LocalDate.of(2031, 1, 1))
                .writeDirectory(live, ingestArticles);
        int cores = threads > 0 ? threads : Ingester.defaultThreads();
        Ingester ingester = new Ingester(Lexicons.bundled(), ShapeGate.bundled(), cores, Compaction.AUTO);
        try (Store store = serve.openOrBuild(common, report)) {
            NewsgraphServer server = serve.serve(store);
            try {
                HttpClient http = BenchServeOptions.client();
                HttpRequest request = serve.request(server);
                BenchServeOptions.warmUp(http, request, 3, report);
                long wait = common.timeLimitSeconds + serve.requestTimeout + 10L;
                common.startClock();

                long quietEnd = System.nanoTime() + Duration.ofSeconds(quietSeconds).toNanos();
                HttpLoad.Result quiet = HttpLoad.run(http, request, serve.clients, MAX_REQUESTS,
                        () -> System.nanoTime() - quietEnd > 0 || common.pastDeadline(), wait);
                quiet.reportTo(report, "quiet");

                CompletableFuture<IngestRun.Result> ingest = BackgroundIngest.start(ingester, new ArticleReader(),
                        List.of(live), store, a -> { });
                HttpLoad.Result busy = HttpLoad.run(http, request, serve.clients, MAX_REQUESTS,
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
        return ExitCode.OK;
    }
}
