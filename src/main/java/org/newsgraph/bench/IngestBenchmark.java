package org.newsgraph.bench;

import static org.newsgraph.bench.Report.rate;
import static org.newsgraph.bench.Report.seconds;
import static org.newsgraph.bench.WorkFiles.deleteTree;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;

/**
 * {@code newsgraph bench ingest}: ingest throughput into a fresh TDB2 store against {@code tdb2.tdbloader}
 * loading the same quads (dumped from the ingested store) into another, in the same JVM.
 *
 * @param format  generated input: pages or jsonl
 * @param loader  tdb2.tdbloader --loader: basic, phased, sequential, parallel or light
 * @param warmup  warm-up articles into a throw-away store
 * @param threads extraction threads
 */
public record IngestBenchmark(BenchRun common, long articles, String format, String loader, long warmup, int threads) {

    public void run() throws Exception {
        Path work = common.workDir();
        Report report = common.report("ingest");
        long t = System.nanoTime();
        Path corpus = generate(new CorpusGenerator(common.seed()), work.resolve("corpus"), articles, format);
        report.put("generateSeconds", seconds(System.nanoTime() - t));
        t = System.nanoTime();
        Ingester ingester = new Ingester(Lexicons.bundled(), ShapeGate.bundled(), threads, Compaction.NEVER);
        report.put("ingesterLoadSeconds", seconds(System.nanoTime() - t));
        warmUp(ingester, work);
        // 1. newsgraph ingest: read, extract, map, validate, write in batched transactions
        common.startClock();
        Ingested in = ingest(ingester, corpus, work, report);
        double ingestSeconds = seconds(in.nanos());
        double ingestQuadRate = rate(in.quadsInStore(), ingestSeconds);
        Ingester.Summary s = in.summary();
        report.put("format", format).put("articles", in.articles()).put("rejected", s == null ? 0 : s.rejected())
                .put("mentions", s == null ? -1 : s.mentions()).put("events", s == null ? -1 : s.events())
                .put("quadsWritten", s == null ? -1 : s.quadsWritten()).put("quadsInStore", in.quadsInStore())
                .put("ingestSeconds", ingestSeconds).put("ingestArticlesPerSecond", rate(in.articles(), ingestSeconds))
                .put("ingestQuadsPerSecond", ingestQuadRate);
        // 2. tdb2.tdbloader over the same quads into a second fresh database, in this JVM
        t = System.nanoTime();
        int rc = Store.loadWithTdbLoader(work.resolve("tdb-loader"), work.resolve("dump.nq"), loader);
        double loadSeconds = seconds(System.nanoTime() - t);
        long loaded;
        try (Store check = Store.open(work.resolve("tdb-loader"))) {
            loaded = check.quadCount();
        }
        double loadRate = rate(loaded, loadSeconds);
        double ratio = loadRate == 0 ? 0 : ingestQuadRate / loadRate;
        report.put("loader", "tdb2.tdbloader --loader=" + loader).put("loaderExit", rc)
                .put("loaderQuads", loaded).put("loaderSeconds", loadSeconds)
                .put("loaderQuadsPerSecond", loadRate)
                .put("ratio", ratio).put("goal", 0.8).put("goalMet", ratio >= 0.8)
                .put("storeBytes", in.storeBytes()).put("truncated", in.truncated());
        if (s != null) {
            // where the ingest's time went; extraction and mapping are summed over the worker threads
            double writeRate = rate(s.quadsWritten(), s.writeSeconds());
            report.put("extractThreadSeconds", s.extractSeconds())
                    .put("mapAndShapesThreadSeconds", s.mapSeconds())
                    .put("writeSeconds", s.writeSeconds()).put("writeQuadsPerSecond", writeRate)
                    .put("writeRatio", loadRate == 0 ? 0 : writeRate / loadRate);
        }
        report.print();
    }

    /** A warm-up ingest of another corpus into a throw-away store, so that the measured run finds a warm JVM. */
    private void warmUp(Ingester ingester, Path work) throws IOException {
        if (warmup <= 0) {
            return;
        }
        Path warmCorpus = generate(new CorpusGenerator(common.seed() ^ 0x5DEECE66DL), work.resolve("warmup"), warmup, format);
        try (Store warm = Store.open(work.resolve("tdb-warmup"))) {
            ingester.ingest(new ArticleReader(), List.of(warmCorpus), warm, a -> { });
        }
        deleteTree(work.resolve("tdb-warmup"));
        deleteTree(warmCorpus);
    }

    /** What the measured ingest did; {@code summary} is null when the time limit cut it short. */
    private record Ingested(Ingester.Summary summary, long nanos, long articles, long quadsInStore, long storeBytes,
                            boolean truncated) {
    }

    private static final class Deadline extends RuntimeException {
        Deadline() {
            super("time limit reached", null, false, false);
        }
    }

    /** The measured ingest into a fresh store, stopped at the time limit, then a dump of it for the loader. */
    private Ingested ingest(Ingester ingester, Path corpus, Path work, Report report) throws IOException {
        long[] seen = {0};
        Ingested in;
        try (Store store = Store.open(work.resolve("tdb-ingest"))) {
            long t = System.nanoTime();
            try {
                Ingester.Summary s = ingester.ingest(new ArticleReader(), List.of(corpus), store, a -> {
                    if (common.pastDeadline()) {
                        throw new Deadline();
                    }
                    seen[0]++;
                });
                s.rejects().stream().limit(5).forEach(r -> System.err.println("rejected " + r));
                in = new Ingested(s, (long) (s.seconds() * 1e9), s.articles(), s.quadsInStore(), 0, false);
            } catch (Deadline d) {
                in = new Ingested(null, System.nanoTime() - t, seen[0] - 1, store.quadCount(), 0, true);
            }
            Path nq = work.resolve("dump.nq");
            t = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                store.dump(out);
            }
            report.put("dumpSeconds", seconds(System.nanoTime() - t));
            report.put("dumpBytes", Files.size(nq));
            return new Ingested(in.summary(), in.nanos(), in.articles(), in.quadsInStore(), store.bytesOnDisk(),
                    in.truncated());
        }
    }

    static Path generate(CorpusGenerator gen, Path where, long articles, String format) {
        if (format.equals("jsonl")) {
            Path file = where.resolve("corpus.jsonl");
            gen.writeJsonLines(file, articles);
            return file;
        }
        if (!format.equals("pages")) {
            throw new IllegalArgumentException("format must be pages or jsonl: " + format);
        }
        gen.writeDirectory(where, articles);
        return where;
    }
}
