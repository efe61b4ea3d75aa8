package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeGate;

class StoreTest {

    @TempDir
    Path tmp;

    @Test
    void compactionIsAutomaticOnceTheStoreHasGrownAndKeepsTheData() {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Fixtures.SEEDS), store, a -> { });
            String dump = Fixtures.sortedDataDump(store);
            long before = store.bytesOnDisk();
            Compaction eager = new Compaction(2.0, 0);
            assertFalse(store.compactIfGrown(new Compaction(2.0, before + 1)), "compacted below the size floor");
            assertTrue(store.compactIfGrown(eager), "a store never compacted is due");
            // TDB2 writes a new generation of the database and deletes the old one with its dead blocks
            assertTrue(Files.isDirectory(tmp.resolve("tdb2/Data-0002")) && !Files.exists(tmp.resolve("tdb2/Data-0001")));
            assertFalse(store.compactIfGrown(eager), "compacted again without growing");
            assertEquals(dump, Fixtures.sortedDataDump(store));
        }
        try (Store reopened = Store.open(tmp.resolve("tdb2"))) {
            assertTrue(reopened.quadCount() > 0);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aCompactionGivesWayToAReaderThatStaysOpenAndRunsOnceItHasGone() throws Exception {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Fixtures.SEEDS), store, a -> { });
            Compaction eager = new Compaction(2.0, 0, 200);
            java.util.concurrent.CountDownLatch open = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> Txn.executeRead(store.datasetGraph(), () -> {
                open.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            reader.start();
            open.await();
            assertFalse(store.compactIfGrown(eager), "compacted under an open reader, or waited for it for ever");
            done.countDown();
            reader.join();
            assertTrue(store.compactIfGrown(eager), "not compacted once the reader had gone");
            assertTrue(store.quadCount() > 0);
        }
    }

    @Test
    void theQuadCountFromTheIndexesIsTheNumberOfQuadsOutsideTheRunsLog() {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Fixtures.SEEDS), store, a -> { });
            new Enricher().enrich(store);
            long scanned = Txn.calculateRead(store.datasetGraph(), () -> {
                long n = 0;
                var it = store.datasetGraph().find();
                while (it.hasNext()) {
                    n += it.next().getGraph().equals(Iris.RUNS_GRAPH) ? 0 : 1;
                }
                return n;
            });
            assertTrue(scanned > 4_000, "seeds give " + scanned); // about 5,800 in graph shape 2 (issue 13)
            assertEquals(scanned, store.quadCount());
        }
    }

    @Test
    void ingestingTheSameInputTwiceLeavesTheStoreUnchanged() {
        Ingester ingester = new Ingester(Lexicons.bundled());
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            Ingester.Summary first = ingester.ingest(new ArticleReader(), List.of(Fixtures.SEEDS), store, a -> { });
            String dump = Fixtures.sortedDataDump(store);
            Ingester.Summary second = ingester.ingest(new ArticleReader(), List.of(Fixtures.SEEDS), store, a -> { });
            assertEquals(first.articles(), first.added());
            assertEquals(first.articles(), second.unchanged());
            assertEquals(first.quadsInStore(), second.quadsInStore());
            assertEquals(dump, Fixtures.sortedDataDump(store));
        }
    }

    @Test
    void theStoreDoesNotDependOnThreadCountOrInputOrder() {
        List<java.nio.file.Path> pages;
        try (var files = java.nio.file.Files.list(Fixtures.SEEDS)) {
            pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<java.nio.file.Path> reversed = new java.util.ArrayList<>(pages);
        java.util.Collections.reverse(reversed);
        String one;
        try (Store store = Store.open(tmp.resolve("one"))) {
            new Ingester(Lexicons.bundled(), ShapeGate.bundled(), 1, Compaction.NEVER).ingest(new ArticleReader(), pages, store, a -> { });
            new Enricher().enrich(store);
            one = Fixtures.sortedDataDump(store);
        }
        try (Store store = Store.open(tmp.resolve("two"))) {
            new Ingester(Lexicons.bundled(), ShapeGate.bundled(), 3, Compaction.NEVER).ingest(new ArticleReader(), reversed, store, a -> { });
            new Enricher().enrich(store);
            assertEquals(one, Fixtures.sortedDataDump(store));
        }
    }

    @Test
    void aChangedArticleReplacesOnlyItsOwnGraph() throws IOException {
        Path pages = tmp.resolve("pages");
        Files.createDirectories(pages);
        String page = "会议\n\n本报讯 12月20日，我市召开推进会。副市长陈博出席并讲话。\n\n（魏 薇）\n\n"
                + "调研\n\n本报讯 12月20日，韦韬在清徐县调研。\n\n（刘 涛）\n";
        Files.writeString(pages.resolve("p.txt"), page);
        Ingester ingester = new Ingester(Lexicons.bundled());
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            ingester.ingest(new ArticleReader(), List.of(pages), store, a -> { });
            String before = Fixtures.sortedDataDump(store);
            Files.writeString(pages.resolve("p.txt"), page.replace("韦韬在清徐县调研", "韦韬在阳曲县调研"));
            Ingester.Summary s = ingester.ingest(new ArticleReader(), List.of(pages), store, a -> { });
            assertEquals(1, s.unchanged());
            assertEquals(1, s.replaced());
            String after = Fixtures.sortedDataDump(store);
            assertNotEquals(before, after);
            String firstGraph = "<https://w3id.org/newsgraph/id/graph/article/p-01>";
            assertEquals(lines(before, firstGraph), lines(after, firstGraph));
        }
    }

    @Test
    void anArticleViolatingTheShapesIsRejectedAndTheStoreIsLeftAsItWas() throws IOException {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), "推进会\n\n本报讯 12月20日，我市召开推进会。副市长陈博出席并讲话。\n\n（魏 薇）\n");
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(pages), store, a -> { });
            String before = Fixtures.sortedDataDump(store);
            // stricter shapes: every person needs a birth date, which no article gives
            ShapeGate strict = new ShapeGate(Shapes.parse(RDFParser.fromString(
                    "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix schema: <https://schema.org/> . "
                    + "[] a sh:NodeShape ; sh:targetClass schema:Person ; "
                    + "sh:property [ sh:path schema:birthDate ; sh:minCount 1 ] .", Lang.TURTLE).toGraph()));
            Files.writeString(pages.resolve("a.txt"),
                    Files.readString(pages.resolve("a.txt")).replace("推进会。", "推进会，市长张新伟主持。"));
            Ingester.Summary s = new Ingester(Lexicons.bundled(), strict, 1, Compaction.NEVER).ingest(new ArticleReader(), List.of(pages),
                    store, a -> { });
            assertEquals(1, s.rejected());
            assertTrue(s.rejects().get(0).reason().contains("birthDate"), s.rejects().toString());
            assertEquals(before, Fixtures.sortedDataDump(store));
        }
    }

    @Test
    void pruningDropsArticlesNoLongerInTheInput() throws IOException {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), "推进会\n\n本报讯 12月20日，我市召开推进会。\n\n（魏 薇）\n");
        Files.writeString(pages.resolve("b.txt"), "调研\n\n本报讯 12月20日，韦韬在清徐县调研。\n\n（刘 涛）\n");
        Ingester ingester = new Ingester(Lexicons.bundled());
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            ingester.ingest(new ArticleReader(), List.of(pages), store, a -> { });
            Files.delete(pages.resolve("b.txt"));
            Ingester.Summary kept = ingester.ingest(new ArticleReader(), List.of(pages), store, a -> { });
            assertEquals(0, kept.pruned());
            assertTrue(Fixtures.sortedDataDump(store).contains("graph/article/b-01>"));
            Ingester.Summary pruned = ingester.ingest(new ArticleReader(), List.of(pages), store, true, a -> { });
            assertEquals(1, pruned.pruned());
            assertFalse(Fixtures.sortedDataDump(store).contains("graph/article/b-01>"));
        }
    }

    private static List<String> lines(String dump, String graph) {
        return Arrays.stream(dump.split("\n")).filter(l -> l.endsWith(graph + " .")).toList();
    }
}
