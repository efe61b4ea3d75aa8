package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.newsgraph.rdf.Iris;
import org.newsgraph.Ingester;
import org.newsgraph.Pipeline;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.extract.HanlpSegmenter;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.MentionType;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.Enricher;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench generate|extract|ingest|query}: the scale corpus and the benchmarks of issue 6.
 *
 * <p>Every benchmark measures its ratio in one run (baseline and newsgraph on the same generated text),
 * prints plain result lines, then one JSON line (also appended to {@code --json-out} when given), and stops
 * at {@code --time-limit}: whatever was measured by then is reported, marked {@code "truncated": true}.
 * Work files go to a fresh temporary directory that is deleted afterwards unless {@code --keep} is given.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a scale corpus and run the throughput and latency benchmarks (see BENCHMARKS.md).",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Extract.class, BenchCommand.Ingest.class,
            BenchCommand.Query.class})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return ExitCode.USAGE;
    }

    /** Options every benchmark shares. */
    static final class Common {
        @Option(names = "--seed", defaultValue = "42", description = "corpus seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--time-limit", defaultValue = "900", paramLabel = "SECONDS",
                description = "stop measuring after this long and report what was measured (default: ${DEFAULT-VALUE})")
        long timeLimitSeconds;

        @Option(names = "--json-out", paramLabel = "FILE",
                description = "also append the JSON result line to this file")
        Path jsonOut;

        @Option(names = "--work", paramLabel = "DIR",
                description = "directory for generated corpora and stores (default: a new temporary directory)")
        Path work;

        @Option(names = "--keep", description = "keep the work directory")
        boolean keep;

        long deadlineNanos;

        void startClock() {
            deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeLimitSeconds);
        }

        boolean pastDeadline() {
            return System.nanoTime() - deadlineNanos > 0;
        }

        Path workDir() throws IOException {
            if (work == null) {
                work = Files.createTempDirectory("newsgraph-bench-");
            } else {
                Files.createDirectories(work);
            }
            return work;
        }

        void cleanUp() {
            if (work != null && !keep) {
                deleteTree(work);
            }
        }
    }

    /** Ordered results: printed as {@code bench NAME: key value} lines, then as one JSON line. */
    static final class Report {
        private final String bench;
        private final Common common;
        private final ObjectNode json = new ObjectMapper().createObjectNode();

        Report(String bench, Common common) {
            this.bench = bench;
            this.common = common;
            json.put("bench", bench);
            json.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            json.put("cores", Runtime.getRuntime().availableProcessors());
            json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            json.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
            json.put("seed", common.seed);
        }

        Report put(String key, Object value) {
            if (value instanceof Double d) {
                json.put(key, Math.round(d * 1000) / 1000.0);
            } else if (value instanceof Long l) {
                json.put(key, l);
            } else if (value instanceof Integer i) {
                json.put(key, i);
            } else if (value instanceof Boolean b) {
                json.put(key, b);
            } else {
                json.put(key, String.valueOf(value));
            }
            return this;
        }

        void print() {
            json.put("peakHeapMB", peakHeapMB());
            json.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("bench")) {
                    System.out.println("bench " + bench + ": " + e.getKey() + " " + e.getValue().asText());
                }
            });
            String line = json.toString();
            System.out.println(line);
            if (common.jsonOut != null) {
                try {
                    Path parent = common.jsonOut.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    Files.writeString(common.jsonOut, line + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    System.err.println("warning: cannot append to " + common.jsonOut + ": " + e.getMessage());
                }
            }
        }
    }

    /** Largest heap in use seen by a sampler that looks every 50 ms (started with the first benchmark). */
    private static final java.util.concurrent.atomic.AtomicLong PEAK_HEAP = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (true) {
                PEAK_HEAP.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Peak heap in use (sampled), in MB. */
    static long peakHeapMB() {
        Runtime rt = Runtime.getRuntime();
        PEAK_HEAP.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        return PEAK_HEAP.get() / (1024 * 1024);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double rate(double amount, double seconds) {
        return seconds <= 0 ? 0 : amount / seconds;
    }

    // ------------------------------------------------------------------------------------------------

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a generated corpus: a directory of pages with manifest.json, or a .jsonl file.")
    static final class Generate implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--articles", defaultValue = "1000", description = "number of articles (default: ${DEFAULT-VALUE})")
        long articles;

        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "a directory for pages, or a file ending in .jsonl for JSON Lines records")
        Path out;

        @Option(names = "--format", defaultValue = "auto", description = "auto | pages | jsonl (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--papers", defaultValue = "0", description = "number of city papers; 0 = one per 1,000 articles")
        int papers;

        @Option(names = "--province", defaultValue = "140000", description = "province whose cities come first")
        String province;

        @Override
        public Integer call() {
            boolean jsonl = format.equals("jsonl") || (format.equals("auto") && out.toString().endsWith(".jsonl"));
            CorpusGenerator g = new CorpusGenerator(common.seed, province, papers, java.time.LocalDate.of(2021, 1, 1));
            long t0 = System.nanoTime();
            CorpusGenerator.Stats s = jsonl ? g.writeJsonLines(out, articles) : g.writeDirectory(out, articles);
            double secs = seconds(System.nanoTime() - t0);
            new Report("generate", common).put("format", jsonl ? "jsonl" : "pages").put("out", out)
                    .put("articles", s.articles()).put("pages", s.pages()).put("papers", s.papers())
                    .put("chars", s.chars()).put("seconds", secs).put("articlesPerSecond", rate(s.articles(), secs))
                    .print();
            return ExitCode.OK;
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction throughput (chars/s, one thread) against plain HanLP segmentation of the same text.")
    static final class Extract implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(names = "--articles", defaultValue = "2000", description = "articles to measure (default: ${DEFAULT-VALUE})")
        long articles;

        @Option(names = "--warmup", defaultValue = "300", description = "warm-up articles, not measured (default: ${DEFAULT-VALUE})")
        long warmup;

        @Option(names = "--batch", defaultValue = "100", description = "articles per alternating batch (default: ${DEFAULT-VALUE})")
        int batch;

        @Override
        public Integer call() {
            long t0 = System.nanoTime();
            Pipeline pipeline = Pipeline.standard(Lexicons.bundled());
            double loadSeconds = seconds(System.nanoTime() - t0);
            ArticleReader splitter = new ArticleReader();
            ToIntFunction<String> plain = HanlpSegmenter.outOfTheBox();

            // warm-up on a different corpus (another seed), both code paths
            Counts warm = new Counts();
            forEachBatch(new CorpusGenerator(common.seed ^ 0x5DEECE66DL), splitter, warmup, batch, list -> {
                measure(pipeline, plain, list, warm, true);
                return true;
            });

            common.startClock();
            Counts c = new Counts();
            int[] batches = {0};
            boolean[] truncated = {false};
            forEachBatch(new CorpusGenerator(common.seed), splitter, articles, batch, list -> {
                // alternate which side runs first so that cache and JIT effects fall on both equally
                measure(pipeline, plain, list, c, batches[0]++ % 2 == 0);
                if (common.pastDeadline()) {
                    truncated[0] = true;
                    return false;
                }
                return true;
            });
            double seg = seconds(c.segNanos);
            double ext = seconds(c.extractNanos);
            double segRate = rate(c.chars, seg);
            double extRate = rate(c.chars, ext);
            double ratio = segRate == 0 ? 0 : extRate / segRate;
            new Report("extract", common).put("articles", c.articles).put("chars", c.chars).put("threads", 1)
                    .put("pipelineLoadSeconds", loadSeconds).put("warmupArticles", warm.articles)
                    .put("segmentSeconds", seg).put("segmentCharsPerSecond", segRate)
                    .put("extractSeconds", ext).put("extractCharsPerSecond", extRate)
                    .put("extractArticlesPerSecond", rate(c.articles, ext))
                    .put("ratio", ratio).put("goal", 0.5).put("goalMet", ratio >= 0.5)
                    .put("mentions", c.mentions).put("persons", c.persons).put("officials", c.officials)
                    .put("events", c.events).put("truncated", truncated[0])
                    .print();
            return ExitCode.OK;
        }

        static final class Counts {
            long articles;
            long chars;
            long segNanos;
            long extractNanos;
            long mentions;
            long persons;
            long officials;
            long events;
            long tokens;
        }

        private static void measure(Pipeline pipeline, ToIntFunction<String> plainSegmentation, List<Article> list, Counts c,
                                    boolean segmentFirst) {
            for (int pass = 0; pass < 2; pass++) {
                boolean segment = (pass == 0) == segmentFirst;
                long t = System.nanoTime();
                if (segment) {
                    long tokens = 0;
                    for (Article a : list) {
                        tokens += plainSegmentation.applyAsInt(a.text());
                    }
                    c.segNanos += System.nanoTime() - t;
                    c.tokens += tokens;
                } else {
                    List<Analysis> results = new ArrayList<>(list.size());
                    for (Article a : list) {
                        results.add(pipeline.run(a));
                    }
                    c.extractNanos += System.nanoTime() - t;
                    for (Analysis an : results) {
                        c.mentions += an.mentions().size();
                        c.persons += an.mentionsOf(MentionType.PERSON).size();
                        c.officials += an.officials().size();
                        c.events += an.events().size();
                    }
                }
            }
            for (Article a : list) {
                c.articles++;
                c.chars += a.text().codePointCount(0, a.text().length());
            }
        }
    }

    /** A function over a batch that returns false to stop. */
    interface BatchSink {
        boolean accept(List<Article> batch);
    }

    /**
     * Generates {@code articles} articles, splits each page as {@code ingest} would (so the articles are what
     * the pipeline sees in production), and hands them over in batches. Holds one batch at a time.
     */
    static void forEachBatch(CorpusGenerator g, ArticleReader splitter, long articles, int batchSize, BatchSink sink) {
        List<Article> batch = new ArrayList<>(batchSize + 16);
        class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }
        try {
            g.pages(articles, page -> {
                batch.addAll(splitter.splitPage(page.id(), page.text(), page.published(), false, page.publisher(),
                        page.jurisdiction(), page.id() + ".txt"));
                if (batch.size() >= batchSize) {
                    boolean go = sink.accept(List.copyOf(batch));
                    batch.clear();
                    if (!go) {
                        throw new Stop();
                    }
                }
            });
            if (!batch.isEmpty()) {
                sink.accept(List.copyOf(batch));
            }
        } catch (Stop stop) {
            // deadline reached
        }
    }

    // ------------------------------------------------------------------------------------------------

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest throughput (articles/s, quads/s) into a fresh TDB2, against tdb2.tdbloader loading the same quads.")
    static final class Ingest implements Callable<Integer> {
        @Mixin
        Common common;

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

        @Option(names = "--breakdown", description = "also time extraction alone over the same input (a second pass)")
        boolean breakdown;

        @Override
        public Integer call() throws Exception {
            try {
                return run();
            } finally {
                common.cleanUp();
            }
        }

        private int run() throws Exception {
            Path work = common.workDir();
            Report report = new Report("ingest", common);
            CorpusGenerator gen = new CorpusGenerator(common.seed);
            long t = System.nanoTime();
            Path corpus = generate(gen, work.resolve("corpus"), articles, format);
            report.put("generateSeconds", seconds(System.nanoTime() - t));

            t = System.nanoTime();
            Ingester ingester = new Ingester(Lexicons.bundled(), ShapeGate.bundled(), threads);
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

            // 1. newsgraph ingest: read, extract, map, validate, one transaction per article
            common.startClock();
            Path db1 = work.resolve("tdb-ingest");
            long[] seen = {0};
            boolean truncated = false;
            long quadsInStore;
            long ingestNanos;
            long done;
            long rejected = 0;
            long quadsWritten = -1;
            long events = -1;
            long mentions = -1;
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
                    Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.datasetGraph(), Lang.NQUADS));
                }
                report.put("dumpSeconds", seconds(System.nanoTime() - t));
                report.put("dumpBytes", Files.size(nq));
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
                    .put("storeBytes", treeSize(db1)).put("truncated", truncated);

            if (breakdown && !truncated) {
                // 3. extraction alone over the same input: what part of the ingest time is extraction
                Pipeline pipeline = Pipeline.standard(Lexicons.bundled());
                long[] ext = {0, 0};
                new ArticleReader().read(List.of(corpus), a -> {
                    long t1 = System.nanoTime();
                    pipeline.run(a);
                    ext[0] += System.nanoTime() - t1;
                    ext[1]++;
                }, r -> { });
                double extSeconds = seconds(ext[0]);
                report.put("breakdownExtractSeconds", extSeconds)
                        .put("breakdownExtractShare", extSeconds / ingestSeconds)
                        .put("breakdownRestQuadsPerSecond", rate(quadsInStore, ingestSeconds - extSeconds));
            }
            report.print();
            return ExitCode.OK;
        }
    }

    static Path generate(CorpusGenerator gen, Path where, long articles, String format) {
        if (format.equals("jsonl")) {
            Path file = where.resolve("corpus.jsonl");
            gen.writeJsonLines(file, articles);
            return file;
        }
        if (!format.equals("pages")) {
            throw new CommandLine.ParameterException(new CommandLine(new BenchCommand()),
                    "--format must be pages or jsonl: " + format);
        }
        gen.writeDirectory(where, articles);
        return where;
    }

    // ------------------------------------------------------------------------------------------------

    @Command(name = "query", mixinStandardHelpOptions = true,
            description = "who-met-whom latency (p50/p99) over HTTP on loopback, C clients, R requests.")
    static final class Query implements Callable<Integer> {
        @Mixin
        Common common;

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

        private static boolean hasMeetingPairs(Store store) {
            String ask = "ASK { GRAPH <" + Iris.MET_WITH_GRAPH.getURI() + "> { ?s ?p ?o } }";
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(ask).build()) {
                    return qe.execAsk();
                }
            });
        }

        private int run() throws Exception {
            if (requests < 1 || clients < 1) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--requests and --clients must be >= 1");
            }
            String query = CannedQueries.text(queryName).orElseThrow(
                    () -> new IllegalArgumentException("no canned query " + queryName));
            Report report = new Report("query", common);
            Path db = storeDir;
            if (db == null) {
                db = common.workDir().resolve("tdb");
            }
            boolean build = !Files.isDirectory(db);
            report.put("query", queryName).put("store", storeDir == null ? "(temporary)" : db.toString())
                    .put("built", build);
            try (Store store = Store.open(db)) {
                if (build) {
                    Path corpus = common.workDir().resolve("corpus.jsonl");
                    long t = System.nanoTime();
                    new CorpusGenerator(common.seed).writeJsonLines(corpus, articles);
                    report.put("generateSeconds", seconds(System.nanoTime() - t));
                    t = System.nanoTime();
                    Ingester.Summary s = new Ingester(Lexicons.bundled())
                            .ingest(new ArticleReader(), List.of(corpus), store, a -> { });
                    report.put("ingestSeconds", seconds(System.nanoTime() - t)).put("articles", s.articles())
                            .put("rejected", s.rejected()).put("events", s.events());
                    t = System.nanoTime();
                    Enricher.Result e = new Enricher().enrich(store);
                    report.put("enrichSeconds", seconds(System.nanoTime() - t)).put("canonicalPersons",
                            e.canonicalPersons()).put("canonicalEvents", e.canonicalEvents()).put("pairs", e.pairs());
                    Files.delete(corpus);
                } else {
                    report.put("articles", "(existing store)");
                    if (!hasMeetingPairs(store)) {
                        long t = System.nanoTime();
                        Enricher.Result e = new Enricher().enrich(store);
                        report.put("enrichSeconds", seconds(System.nanoTime() - t)).put("canonicalPersons",
                                e.canonicalPersons()).put("canonicalEvents", e.canonicalEvents()).put("pairs", e.pairs());
                    }
                }
                if (compact) {
                    long before = treeSize(db);
                    long t = System.nanoTime();
                    DatabaseMgr.compact(DatabaseMgr.connectDatasetGraph(db.toString()), true);
                    report.put("compactSeconds", seconds(System.nanoTime() - t)).put("storeBytesBeforeCompact", before)
                            .put("storeBytesAfterCompact", treeSize(db));
                } else {
                    report.put("storeBytes", treeSize(db));
                }
                report.put("quadsInStore", store.quadCount());

                NewsgraphServer server = NewsgraphServer.create().dataset(store.datasetGraph()).port(0)
                        .timeout(Duration.ofSeconds(requestTimeout)).build().start();
                try {
                    measure(server, query, report);
                } finally {
                    server.stop();
                }
            }
            report.print();
            return ExitCode.OK;
        }

        private void measure(NewsgraphServer server, String query, Report report) throws Exception {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .timeout(Duration.ofSeconds(requestTimeout))
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
            long rows = -1;
            long bytes = -1;
            for (int i = 0; i < warmup; i++) {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 200 && rows < 0) {
                    JsonNode json = new ObjectMapper().readTree(r.body());
                    rows = json.path("results").path("bindings").size();
                    bytes = r.body().length;
                }
            }
            common.startClock();
            long[] latencies = new long[requests];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            List<String> errorSamples = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while (!common.pastDeadline() && (i = next.getAndIncrement()) < requests) {
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                synchronized (errorSamples) {
                                    if (errorSamples.size() < 3) {
                                        errorSamples.add("HTTP " + r.statusCode());
                                    }
                                }
                            }
                        } catch (IOException | RuntimeException e) {
                            errors.incrementAndGet();
                            synchronized (errorSamples) {
                                if (errorSamples.size() < 3) {
                                    errorSamples.add(e.toString());
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[i] = System.nanoTime() - t;
                    }
                }));
            }
            pool.shutdown();
            if (!pool.awaitTermination(common.timeLimitSeconds + requestTimeout + 10L, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            for (Future<?> f : futures) {
                if (f.isDone() && !f.isCancelled()) {
                    f.get();
                }
            }
            double wall = seconds(System.nanoTime() - t0);
            int sent = Math.min(next.get(), requests);
            long[] done = Arrays.stream(latencies, 0, sent).filter(l -> l > 0).sorted().toArray();
            report.put("clients", clients).put("requests", done.length).put("requestsAsked", requests)
                    .put("errors", errors.get()).put("resultRows", rows).put("resultBytes", bytes)
                    .put("p50Millis", percentile(done, 50)).put("p90Millis", percentile(done, 90))
                    .put("p99Millis", percentile(done, 99))
                    .put("maxMillis", done.length == 0 ? 0.0 : done[done.length - 1] / 1e6)
                    .put("requestsPerSecond", rate(done.length, wall)).put("seconds", wall)
                    .put("truncated", done.length < requests);
            if (!errorSamples.isEmpty()) {
                report.put("errorSamples", String.join(" | ", errorSamples));
            }
        }

        /** Nearest-rank percentile in milliseconds. */
        static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }
    }

    // ------------------------------------------------------------------------------------------------

    static long treeSize(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Deletes a directory tree, and the text index a store keeps beside it ({@code DIR-text}). */
    static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        Path fileName = dir.toAbsolutePath().getFileName();
        if (fileName != null && !fileName.toString().endsWith("-text")) {
            deleteTree(dir.toAbsolutePath().resolveSibling(fileName + "-text"));
        }
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("warning: cannot delete " + dir + ": " + e.getMessage());
        }
    }
}
