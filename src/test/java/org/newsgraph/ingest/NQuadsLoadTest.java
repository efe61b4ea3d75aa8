package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.cli.Main;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;

/**
 * {@code ingest --nquads} against {@code ingest} of the seed pages, with real TDB2 stores in a temporary
 * directory: newsgraph's own N-Quads (a dump of the ingested store, or only its article graphs) give the
 * same sorted quads, through the bulk loader into an empty store and through transactional writes into one
 * with data; the name index answers as after an ingest; bad input is named by file and line and writes
 * nothing.
 */
class NQuadsLoadTest {

    @TempDir
    static Path shared;

    /** The seed store's data, sorted, and its N-Quads dump (the run log included, as a dump has it). */
    private static String ingested;
    private static List<String> dumpLines;
    private static String searchAnswer;

    private static final IngestRun.Options ENRICH = new IngestRun.Options(false, true, IngestRun.AfterRun.KEEP);

    @BeforeAll
    static void ingestSeeds() {
        try (Store store = Store.open(shared.resolve("ingested"))) {
            new IngestRun(new Ingester(Lexicons.bundled(), ShapeGate.bundled(), 1, Compaction.NEVER))
                    .run(new ArticleReader(), List.of(Fixtures.SEEDS), store, ENRICH, a -> { });
            ingested = Fixtures.sortedDataDump(store);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.dump(out);
            dumpLines = out.toString(StandardCharsets.UTF_8).lines().toList();
            searchAnswer = search(store);
        }
    }

    @Test
    void aDumpBulkLoadedIntoAnEmptyStoreIsTheIngestedStoreAndItsNamesAreSearchable(@TempDir Path tmp) throws IOException {
        Path dump = write(tmp.resolve("dump.nq"), dumpLines);
        try (Store store = Store.open(tmp.resolve("store"))) {
            NQuadsLoad.Result r = NQuadsLoad.load(NQuadsLoad.check(List.of(dump)), store, ENRICH);
            assertEquals(NQuadsLoad.Loader.BULK, r.loader());
            assertTrue(r.enrichmentGiven());
            assertNull(r.enrichment(), "the dump brings its enrichment graphs: no pass");
            assertEquals(49, r.articles());
            assertTrue(r.runQuadsLeftOut() > 0, "the dump's run log is left out");
            assertEquals(ingested, Fixtures.sortedDataDump(store));
            assertEquals(searchAnswer, search(store), "the name index was filled after the bulk load");
        }
    }

    @Test
    void articleGraphsAloneAreEnrichedAsIngestWouldAndMayComeCompressed(@TempDir Path tmp) throws IOException {
        Path articles = tmp.resolve("articles.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(articles))) {
            out.write(String.join("\n", articlesOnly(dumpLines)).concat("\n").getBytes(StandardCharsets.UTF_8));
        }
        try (Store store = Store.open(tmp.resolve("store"))) {
            NQuadsLoad.Result r = NQuadsLoad.load(NQuadsLoad.check(List.of(tmp)), store, ENRICH);
            assertEquals(NQuadsLoad.Loader.BULK, r.loader());
            assertFalse(r.enrichmentGiven());
            assertNotNull(r.enrichment());
            assertEquals(ingested, Fixtures.sortedDataDump(store));
        }
    }

    @Test
    void intoAStoreWithDataTheLoadIsTransactionalAndTwiceChangesNothing(@TempDir Path tmp) throws IOException {
        List<String> articles = articlesOnly(dumpLines);
        String middle = graphOf(articles.get(articles.size() / 2));
        int cut = articles.indexOf(articles.stream().filter(l -> graphOf(l).equals(middle)).findFirst().orElseThrow());
        Path first = write(tmp.resolve("first.nq"), articles.subList(0, cut));
        Path second = write(tmp.resolve("second.nq"), articles.subList(cut, articles.size()));
        try (Store store = Store.open(tmp.resolve("store"))) {
            assertEquals(NQuadsLoad.Loader.BULK, NQuadsLoad.load(NQuadsLoad.check(List.of(first)), store, ENRICH).loader());
            NQuadsLoad.Result r = NQuadsLoad.load(NQuadsLoad.check(List.of(second)), store, ENRICH);
            assertEquals(NQuadsLoad.Loader.TRANSACTIONAL, r.loader());
            assertTrue(r.added() > 0 && r.replaced() == 0, r.toString());
            assertEquals(ingested, Fixtures.sortedDataDump(store));
            assertEquals(withoutScores(searchAnswer), withoutScores(search(store)),
                    "the same names found (Lucene's scores count the label documents the enrichment passes replaced)");
            NQuadsLoad.Result again = NQuadsLoad.load(NQuadsLoad.check(List.of(second)), store, ENRICH);
            assertEquals(again.articles(), again.unchanged());
            assertEquals(ingested, Fixtures.sortedDataDump(store), "loading the same file twice changes nothing");
        }
    }

    @Test
    void aBadLineIsNamedByFileAndLineAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        List<String> lines = new ArrayList<>(dumpLines.subList(0, 1_000));
        lines.set(699, "<urn:not> a quad ."); // line 700
        Path good = write(tmp.resolve("good.nq"), dumpLines.subList(0, 10));
        Path bad = write(tmp.resolve("bad.nq"), lines);
        NQuadsLoad.BadInput e = assertThrows(NQuadsLoad.BadInput.class, () -> NQuadsLoad.check(List.of(good, bad)));
        assertTrue(e.getMessage().startsWith(bad + ":700:"), e.getMessage());

        Path store = tmp.resolve("store");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, run(err, "ingest", "--nquads", good.toString(), bad.toString(), "--store", store.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + ":700:"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(store), "no store was created for input that cannot be loaded");
    }

    @Test
    void quadsOutsideANamedGraphAndMissingFilesAreRefused(@TempDir Path tmp) throws IOException {
        Path triple = write(tmp.resolve("triple.nq"), List.of("<urn:a> <urn:b> \"c\" ."));
        assertTrue(assertThrows(NQuadsLoad.BadInput.class, () -> NQuadsLoad.check(List.of(triple))).getMessage()
                .startsWith(triple + ": quad 1 names no graph"));
        Path missing = tmp.resolve("missing.nq");
        assertTrue(assertThrows(NQuadsLoad.BadInput.class, () -> NQuadsLoad.check(List.of(missing))).getMessage()
                .startsWith(missing + ": no such file"));
    }

    @Test
    void aDumpInSubjectOrderOnlyGoesIntoAnEmptyStore(@TempDir Path tmp) throws IOException {
        List<String> articles = articlesOnly(dumpLines);
        Path first = write(tmp.resolve("first.nq"), articles.subList(0, 100));
        Path dump = write(tmp.resolve("dump.nq"), dumpLines);
        NQuadsLoad.Checked checked = NQuadsLoad.check(List.of(dump));
        assertNotNull(checked.split(), "a dump is in subject order, not graph by graph");
        try (Store store = Store.open(tmp.resolve("store"))) {
            NQuadsLoad.load(NQuadsLoad.check(List.of(first)), store, ENRICH);
            String before = Fixtures.sortedDataDump(store);
            String message = assertThrows(NQuadsLoad.BadInput.class, () -> NQuadsLoad.load(checked, store, ENRICH))
                    .getMessage();
            assertTrue(message.contains("not in one piece"), message);
            assertEquals(before, Fixtures.sortedDataDump(store), "nothing was written");
        }
    }

    /**
     * The dump without the enrichment graphs and the run log, each article graph in one piece: what the
     * Spark job's article output holds.
     */
    private static List<String> articlesOnly(List<String> lines) {
        List<String> leftOut = List.of(Iris.ENTITIES_GRAPH, Iris.MET_WITH_GRAPH, Iris.RUNS_GRAPH).stream()
                .map(g -> " <" + g.getURI() + "> .").toList();
        return lines.stream().filter(l -> leftOut.stream().noneMatch(l::endsWith))
                .sorted(java.util.Comparator.comparing(NQuadsLoadTest::graphOf)).toList();
    }

    private static String graphOf(String line) {
        String head = line.substring(0, line.length() - 2);
        return head.substring(head.lastIndexOf(" <") + 1);
    }

    private static String search(Store store) {
        return store.select(CannedQueries.prepare("search", Map.of("name", "张新伟")), ResultFormat.CSV);
    }

    private static String withoutScores(String csv) {
        return csv.lines().map(l -> l.substring(0, l.lastIndexOf(','))).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream stderr = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return Main.run(args);
        } finally {
            System.setErr(stderr);
        }
    }
}
