package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Reject;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.cli.ExtractCommand;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.IngestRun;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.ingest.NQuadsLoad;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;
import picocli.CommandLine;

/**
 * The Spark job in local mode against newsgraph's own single-JVM commands on the same input: its N-Quads,
 * bulk-loaded into an empty TDB2 database, are the store {@code ingest} builds (sorted quads identical, the
 * run log aside); its extract lines are {@code extract}'s; its rejects are {@code ingest}'s; and an
 * incremental run's delta, loaded into the first run's store, gives the store of ingesting everything.
 */
class SparkJobTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newsgraph-spark-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.rdd.compress", "true"));
        sc.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void seedPagesGiveTheStoreOfIngestAndTheLinesOfExtract(@TempDir Path tmp) throws IOException {
        Ingested expected = ingest(List.of(SEEDS), tmp.resolve("ingest"));
        ObjectNode summary = job(List.of(SEEDS.toString()), tmp.resolve("out"), null);

        assertEquals(expected.articles(), summary.path("articlesStored").asLong(), summary.toString());
        assertSameQuads(expected.quads(), bulkLoaded(tmp.resolve("out"), tmp.resolve("loaded")));
        assertSameQuads(expected.quads(), tdbLoaded(tmp.resolve("out"), tmp.resolve("tdbloader")));
        assertEquals(extractCommand(SEEDS), lines(tmp.resolve("out/extract")), "extract lines, in input order");
        assertTrue(partNames(tmp.resolve("out/enrichment")).stream().allMatch(n -> n.endsWith(".nq.gz")),
                "gzipped N-Quads by default, named so that loaders know both the syntax and the codec");
    }

    @Test
    void generatedPagesAndJsonLinesWithBadRecordsGiveTheSameStoreAndRejects(@TempDir Path tmp) throws IOException {
        Path pages = tmp.resolve("pages");
        new CorpusGenerator(7).writeDirectory(pages, 120);
        Path records = tmp.resolve("records.jsonl");
        new CorpusGenerator(42).writeJsonLines(records, 150);
        String first = Files.readAllLines(records).get(0);
        Files.writeString(records, "{\"id\": \"broken\", \"text\": \n" + first + "\n{\"text\": \"没有编号\"}\n",
                StandardOpenOption.APPEND);
        List<Path> inputs = List.of(pages, records, tmp.resolve("missing.jsonl"));

        Ingested expected = ingest(inputs, tmp.resolve("ingest"));
        job(inputs.stream().map(Path::toString).toList(), tmp.resolve("out"), null, "none");
        assertTrue(lines(tmp.resolve("out/articles")).size() > 1000 && partNames(tmp.resolve("out/articles")).stream()
                .allMatch(n -> n.endsWith(".nq")), "plain N-Quads when asked for no compression");

        assertSameQuads(expected.quads(), bulkLoaded(tmp.resolve("out"), tmp.resolve("loaded")));
        Set<String> rejected = lines(tmp.resolve("out/rejects")).stream()
                .map(l -> readTree(l).path("record").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected.rejected(), rejected, "the same records rejected, named the same way");
        assertTrue(rejected.contains(records + ":151") && rejected.contains(records + ":152"), rejected.toString());
    }

    @Test
    void incrementalRunLoadsIntoTheFirstRunsStoreAsTheStoreOfIngestingEverything(@TempDir Path tmp) throws IOException {
        Path all = tmp.resolve("all.jsonl");
        new CorpusGenerator(11).writeJsonLines(all, 160);
        List<String> lines = Files.readAllLines(all);
        Path paper = tmp.resolve("paper.jsonl");
        Files.write(paper, lines.subList(0, 100));
        job(List.of(paper.toString()), tmp.resolve("run1"), null);
        // the next day: the paper's file comes back with one article changed, and a new file beside it
        ObjectNode changed = (ObjectNode) readTree(lines.get(3));
        changed.put("text", changed.path("text").asText() + "\n\n本报讯 市长王建国会见了来访的李明一行。");
        List<String> revised = new ArrayList<>(lines.subList(0, 100));
        revised.set(3, changed.toString());
        Files.write(paper, revised);
        Path later = tmp.resolve("later.jsonl");
        Files.write(later, lines.subList(100, lines.size()));
        ObjectNode delta = job(List.of(paper.toString(), later.toString()), tmp.resolve("run2"), tmp.resolve("run1"));
        assertEquals(99, delta.path("unchanged").asLong(), delta.toString());
        assertEquals(61, delta.path("articlesStored").asLong(), "only the new and the changed articles: " + delta);

        List<String> loaded;
        try (Store store = Store.open(tmp.resolve("store"))) {
            assertEquals(NQuadsLoad.Loader.BULK, Load.load(NQuadsLoad.check(List.of(tmp.resolve("run1"))), store).loader());
            NQuadsLoad.Result delta2 = Load.load(NQuadsLoad.check(List.of(tmp.resolve("run2"))), store);
            assertEquals(NQuadsLoad.Loader.TRANSACTIONAL, delta2.loader());
            loaded = quads(store);
            NQuadsLoad.Result again = Load.load(NQuadsLoad.check(List.of(tmp.resolve("run2"))), store);
            assertEquals(again.articles(), again.unchanged(), "loading the same delta twice changes no article");
            assertEquals(loaded, quads(store), "loading the same delta twice changes nothing");
        }
        assertSameQuads(ingest(List.of(paper, later), tmp.resolve("ingest")).quads(), loaded);
    }

    /** What ingest (with its enrichment pass) stored, and what it rejected. */
    private record Ingested(long articles, List<String> quads, Set<String> rejected) {
    }

    private static Ingested ingest(List<Path> inputs, Path dir) {
        try (Store store = Store.open(dir)) {
            IngestRun.Result r = new IngestRun(new Ingester(Lexicons.bundled(), ShapeGate.bundled(), 1, Compaction.NEVER))
                    .run(new ArticleReader(), inputs, store, new IngestRun.Options(false, true, IngestRun.AfterRun.KEEP),
                            a -> { });
            return new Ingested(r.ingest().added(), quads(store),
                    r.ingest().rejects().stream().map(Reject::record).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private static ObjectNode job(List<String> inputs, Path out, Path previous) throws IOException {
        return job(inputs, out, previous, "gzip");
    }

    private static ObjectNode job(List<String> inputs, Path out, Path previous, String compress) throws IOException {
        SparkJob job = new SparkJob();
        job.compress = compress;
        job.inputs = inputs;
        job.out = out.toString();
        job.previous = previous == null ? null : previous.toString();
        return job.run(sc, new Settings(Settings.DEFAULT_MAX_FILE_BYTES, "", ""), 3);
    }

    /** The run's N-Quads as {@code ingest --nquads} loads them into an empty store (TDB2's bulk loader). */
    private static List<String> bulkLoaded(Path run, Path dir) {
        try (Store store = Store.open(dir)) {
            NQuadsLoad.Result r = NQuadsLoad.load(NQuadsLoad.check(List.of(run)), store,
                    new IngestRun.Options(false, true, IngestRun.AfterRun.KEEP));
            assertEquals(NQuadsLoad.Loader.BULK, r.loader());
            assertTrue(r.enrichmentGiven() && r.enrichment() == null, "the run's own enrichment graphs, no pass");
            return quads(store);
        }
    }

    /** The same run through Jena's own {@code tdb2.tdbloader}, in one file, for the baseline. */
    private static List<String> tdbLoaded(Path run, Path dir) throws IOException {
        List<Path> files = NQuadsLoad.files(List.of(run));
        // gzip members concatenated are one gzip stream
        Path all = run.resolve(files.get(0).getFileName().toString().endsWith(".gz") ? "all.nq.gz" : "all.nq");
        for (Path f : files) {
            Files.write(all, Files.readAllBytes(f), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        assertEquals(0, Store.loadWithTdbLoader(dir, all, "phased"));
        Files.delete(all);
        try (Store store = Store.open(dir)) {
            return quads(store);
        }
    }

    /** Every quad but the run log's, sorted. */
    private static List<String> quads(Store store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.dump(out);
        String runs = "<" + Iris.RUNS_GRAPH.getURI() + "> .";
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.endsWith(runs)).sorted().toList();
    }

    private static void assertSameQuads(List<String> expected, List<String> actual) {
        assertFalse(expected.isEmpty());
        Set<String> inActual = new TreeSet<>(actual);
        Set<String> inExpected = new TreeSet<>(expected);
        List<String> missing = expected.stream().filter(q -> !inActual.contains(q)).limit(5).toList();
        List<String> extra = actual.stream().filter(q -> !inExpected.contains(q)).limit(5).toList();
        assertEquals(expected.size(), actual.size(), "quads; missing e.g. " + missing + "; extra e.g. " + extra);
        assertEquals(expected, actual, "missing e.g. " + missing + "; extra e.g. " + extra);
    }

    /** The lines of a run's part files, in part order, gunzipped. */
    private static List<String> lines(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : partNames(dir)) {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                InputStream text = name.endsWith(".gz") ? new GZIPInputStream(in) : in;
                out.addAll(new String(text.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        return out;
    }

    private static List<String> partNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("part-")).sorted().toList();
        }
    }

    /** What {@code newsgraph extract} writes for the input. */
    private static List<String> extractCommand(Path input) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(0, new CommandLine(new ExtractCommand()).execute(input.toString()));
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
