package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.model.Article;
import org.newsgraph.store.Store;

/**
 * Kills an ingest with SIGKILL while it is writing, then runs it again: the store must end up exactly as
 * after an uninterrupted ingest of the same input, with nothing duplicated or half-written.
 */
class CrashRecoveryIT {

    @TempDir
    Path tmp;

    private static Process ingest(Path input, Path store) throws Exception {
        // one extraction thread keeps the run long enough to be killed in the middle on a fast machine
        return new ProcessBuilder("bash", "newsgraph", "ingest", input.toString(), "--store", store.toString(),
                "--no-enrich", "--json", "--threads", "1").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** A digest of the store's sorted data, so that two large stores are compared without holding both. */
    private static String digest(Path dir) throws Exception {
        try (Store store = Store.open(dir)) {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Fixtures.sortedDataDump(store).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        }
    }

    @Test
    void aKilledIngestLeavesAConsistentStoreAndTheNextRunCompletesIt() throws Exception {
        Path input = tmp.resolve("articles.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<Article> seeds = Fixtures.seedArticles();
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < 20; copy++) {
                for (Article a : seeds) {
                    w.write(json.createObjectNode().put("id", a.id() + "-c" + copy).put("text", a.text())
                            .put("published", a.published().toString()).put("jurisdiction", "140100").toString());
                    w.newLine();
                }
            }
        }
        Path killed = tmp.resolve("killed");
        Process p = ingest(input, killed);
        Thread.sleep(7000); // past start-up, in the middle of writing articles
        assertTrue(p.isAlive(), "the ingest finished before it could be killed; make the input larger");
        p.destroyForcibly().waitFor(); // SIGKILL
        assertEquals(0, ingest(input, killed).waitFor(), "the run after the crash failed");

        Path clean = tmp.resolve("clean");
        assertEquals(0, ingest(input, clean).waitFor());
        String expected = digest(clean);
        assertEquals(expected, digest(killed));
    }
}
