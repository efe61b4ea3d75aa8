package org.newsgraph.cli;

import static org.newsgraph.bench.Report.rate;
import static org.newsgraph.bench.Report.seconds;
import static org.newsgraph.bench.WorkFiles.deleteTree;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.Report;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code newsgraph bench ingest}: ingest throughput into a fresh TDB2 store against {@code tdb2.tdbloader}
 * loading the same quads (dumped from the ingested store) into another, in the same JVM.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest throughput (articles/s, quads/s) into a fresh TDB2, against tdb2.tdbloader loading the same quads.")
final class BenchIngest implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Option(names = "--articles", defaultValue = "2000", description = "articles to ingest (default: ${DEFAULT-VALUE})")
    long articles;

    @Option(names = "--format", defaultValue = "pages", description = "generated input: pages | jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--loader", defaultValue = "phased",
            description = "tdb2.tdbloader --loader: basic | phased | sequential | parallel | light (default: ${DEFAULT-VALUE}, as tdbloader)")
    String loader;

    @Option(names = "--warmup", defaultValue = "200", description = "warm-up articles into a throw-away store (default: ${DEFAULT-VALUE})")
    long warmup;

    @Option(names = "--threads", defaultValue = "1", description = "extraction threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        return common.thenCleanUp(this::run);
    }

    private int run() throws Exception {
        Path work = common.workDir();
        Report report = common.report("ingest");
        CorpusGenerator gen = new CorpusGenerator(common.seed);
        long t = System.nanoTime();
        Path corpus = generate(gen, work.resolve("corpus"), articles, format);
        report.put("generateSeconds", seconds(System.nanoTime() - t));

        t = System.nanoTime();
        Ingester ingester = new Ingester(Lexicons.bundled(), ShapeGate.bundled(), threads, Compaction.NEVER);
        report.put("ingesterLoadSeconds", seconds(System.nanoTime() - t));
        if (warmup > 0) {
            Path warmCorpus = generate(new CorpusGenerator(common.seed ^ 0x5DEECE66DL), work.resolve("warmup"),
                    warmup, format);
            try (Store warm = Store.open(work.resolve("tdb-warmup"))) {
                ingester.ingest(new ArticleReader(), List.of(warmCorpus), warm, a -> { });
            }
            deleteTree(work.resolve("tdb-warmup"));
            deleteTree(warmCorpus);
        }

        // 1. newsgraph ingest: read, extract, map, validate, write in batched transactions
        common.startClock();
        Path db1 = work.resolve("tdb-ingest");
        long[] seen = {0};
        boolean truncated = false;
        long quadsInStore;
        long storeBytes;
        long ingestNanos;
        long done;
        long rejected = 0;
        long quadsWritten = -1;
        long events = -1;
        long mentions = -1;
        Ingester.Summary summary = null;
        class Deadline extends RuntimeException {
            Deadline() {
                super("time limit reached", null, false, false);
            }
        }
        try (Store store = Store.open(db1)) {
            t = System.nanoTime();
            try {
                Ingester.Summary s = ingester.ingest(new ArticleReader(), List.of(corpus), store, a -> {
                    if (common.pastDeadline()) {
                        throw new Deadline();
                    }
                    seen[0]++;
                });
                ingestNanos = (long) (s.seconds() * 1e9);
                done = s.articles();
                rejected = s.rejected();
                quadsWritten = s.quadsWritten();
                events = s.events();
                mentions = s.mentions();
                quadsInStore = s.quadsInStore();
                summary = s;
                s.rejects().stream().limit(5).forEach(r -> System.err.println("rejected " + r));
            } catch (Deadline d) {
                ingestNanos = System.nanoTime() - t;
                truncated = true;
                done = seen[0] - 1;
                quadsInStore = store.quadCount();
            }
            // dump what the ingest stored, for the loader
            Path nq = work.resolve("dump.nq");
            t = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                store.dump(out);
            }
            report.put("dumpSeconds", seconds(System.nanoTime() - t));
            report.put("dumpBytes", Files.size(nq));
            storeBytes = store.bytesOnDisk();
        }
        double ingestSeconds = seconds(ingestNanos);
        double ingestQuadRate = rate(quadsInStore, ingestSeconds);
        report.put("format", format).put("articles", done).put("rejected", rejected).put("mentions", mentions)
                .put("events", events).put("quadsWritten", quadsWritten).put("quadsInStore", quadsInStore)
                .put("ingestSeconds", ingestSeconds).put("ingestArticlesPerSecond", rate(done, ingestSeconds))
                .put("ingestQuadsPerSecond", ingestQuadRate);

        // 2. tdb2.tdbloader over the same quads into a second fresh database, in this JVM
        Path db2 = work.resolve("tdb-loader");
        Path nq = work.resolve("dump.nq");
        t = System.nanoTime();
        int rc = new tdb2.tdbloader(new String[]{"--loc", db2.toString(), "--loader=" + loader, nq.toString()}) { }
                .mainRun(false, false);
        double loadSeconds = seconds(System.nanoTime() - t);
        long loaded;
        try (Store check = Store.open(db2)) {
            loaded = check.quadCount();
        }
        double loadRate = rate(loaded, loadSeconds);
        double ratio = loadRate == 0 ? 0 : ingestQuadRate / loadRate;
        report.put("loader", "tdb2.tdbloader --loader=" + loader).put("loaderExit", rc)
                .put("loaderQuads", loaded).put("loaderSeconds", loadSeconds)
                .put("loaderQuadsPerSecond", loadRate)
                .put("ratio", ratio).put("goal", 0.8).put("goalMet", ratio >= 0.8)
                .put("storeBytes", storeBytes).put("truncated", truncated);
        if (summary != null) {
            // where the ingest's time went; extraction and mapping are summed over the worker threads
            double writeRate = rate(quadsWritten, summary.writeSeconds());
            report.put("extractThreadSeconds", summary.extractSeconds())
                    .put("mapAndShapesThreadSeconds", summary.mapSeconds())
                    .put("writeSeconds", summary.writeSeconds()).put("writeQuadsPerSecond", writeRate)
                    .put("writeRatio", loadRate == 0 ? 0 : writeRate / loadRate);
        }

        report.print();
        return ExitCode.OK;
    }

    static Path generate(CorpusGenerator gen, Path where, long articles, String format) {
        if (format.equals("jsonl")) {
            Path file = where.resolve("corpus.jsonl");
            gen.writeJsonLines(file, articles);
            return file;
        }
        if (!format.equals("pages")) {
            throw new CommandLine.ParameterException(new CommandLine(new BenchIngest()),
                    "--format must be pages or jsonl: " + format);
        }
        gen.writeDirectory(where, articles);
        return where;
    }
}
