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
        return new ProcessBuilder("bash", "newsgraph", "ingest", input.toString(), "--store", store.toString(),
                "--no-enrich", "--json").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String dump(Path dir) {
        try (Store store = Store.open(dir)) {
            return Fixtures.sortedDataDump(store);
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
        Thread.sleep(9000); // past start-up, in the middle of writing articles
        assertTrue(p.isAlive(), "the ingest finished before it could be killed; make the input larger");
        p.destroyForcibly().waitFor(); // SIGKILL
        assertEquals(0, ingest(input, killed).waitFor(), "the run after the crash failed");

        Path clean = tmp.resolve("clean");
        assertEquals(0, ingest(input, clean).waitFor());
        assertEquals(dump(clean), dump(killed));
    }
}
