package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.lexicon.Lexicons;

class PackingTest {

    /** 32-byte quad records in 8 KB blocks. */
    private static final int RECORDS_PER_BLOCK = 8192 / 32;

    @TempDir
    Path tmp;

    @Test
    void aCompactedStoreHoldsTheSameQuadsInFullBlocksAndStaysUsable() throws IOException {
        Path dir = tmp.resolve("tdb2");
        String dump;
        try (Store store = Store.open(dir)) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Fixtures.SEEDS), store, a -> { });
            new Enricher().enrich(store);
            dump = Fixtures.sortedDataDump(store);
            long quads = store.quadCount();
            long written = store.indexBlocksInUse();
            store.compact();
            assertEquals(dump, Fixtures.sortedDataDump(store));
            long packed = store.indexBlocksInUse();
            // four quad indexes of full leaves, a few interior blocks, and the three empty triple indexes
            long full = 4 * (quads / RECORDS_PER_BLOCK + 1);
            assertTrue(packed <= full + full / 10 + 12, packed + " blocks for " + quads + " quads (full: " + full + ")");
            assertTrue(packed * 2 < written, packed + " blocks packed, " + written + " as written");
            assertTrue(store.select(CannedQueries.prepare("search", Map.of("name", "陈博")), ResultFormat.TSV)
                    .contains("陈博"), "the name index still answers");
            writeAndRead(store);
            dump = Fixtures.sortedDataDump(store);
        }
        assertFalse(Files.exists(dir.resolve("Data-0001")), "the old generation is deleted");
        assertFalse(Files.exists(dir.resolve("Data-0002/OSPG.dat")), "an index the layout leaves out");
        try (Store reopened = Store.open(dir)) {
            assertEquals(dump, Fixtures.sortedDataDump(reopened));
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    void queriesRunningThroughCompactionsAllGetTheirAnswer() throws Exception {
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Fixtures.SEEDS), store, a -> { });
            long quads = store.quadCount();
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.ConcurrentLinkedQueue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();
            java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
            List<Thread> readers = java.util.stream.IntStream.range(0, 3).mapToObj(i -> new Thread(() -> {
                while (!stop.get()) {
                    try {
                        long n = store.quadCount();
                        if (n != quads) {
                            wrong.add(n + " quads");
                        }
                        answered.incrementAndGet();
                    } catch (RuntimeException e) {
                        wrong.add(e.toString());
                    }
                }
            })).toList();
            readers.forEach(Thread::start);
            for (int i = 0; i < 6; i++) {
                store.compact();
            }
            stop.set(true);
            for (Thread t : readers) {
                t.join();
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " failed, first: " + wrong.stream().limit(3).toList());
            assertTrue(answered.get() > 6, answered.get() + " answers");
        }
    }

    /** A packed tree is full to the last record: the next writes split its blocks like any others. */
    private void writeAndRead(Store packed) throws IOException {
        Path page = tmp.resolve("pages/p.txt");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "会议\n\n本报讯 12月20日，我市召开推进会。副市长韦韬出席并讲话。\n\n（魏 薇）\n");
        long before = packed.quadCount();
        Ingester.Summary s = new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(page.getParent()),
                packed, a -> { });
        assertEquals(1, s.added());
        assertTrue(packed.quadCount() > before);
        assertTrue(Fixtures.sortedDataDump(packed).contains("graph/article/p-01>"));
    }
}
