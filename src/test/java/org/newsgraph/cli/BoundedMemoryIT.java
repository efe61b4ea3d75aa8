package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records far longer than an article, through the packaged jar in a 1 GB heap: they are extracted (or
 * rejected by name), never take the process down, and the good records beside them are still written.
 */
class BoundedMemoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经";

    @TempDir
    Path tmp;

    private Launcher.Run newsgraph(String... args) throws IOException, InterruptedException {
        return Launcher.run(tmp, Map.of("NEWSGRAPH_JAVA_OPTS", "-Xmx1g"), args);
    }

    private static String line(String id, String text) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "text", text, "published", "2021-12-21")) + "\n";
    }

    /** Exactly {@code n} UTF-16 units of Chinese with {@code extra} (no JSON escapes) now and then. */
    private static String han(Random r, int n, String extra) {
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) {
            if (r.nextInt(40) == 0 && b.length() + extra.length() <= n && !extra.isEmpty()) {
                b.append(extra);
            } else {
                b.append(HAN.charAt(r.nextInt(HAN.length())));
            }
        }
        return b.toString();
    }

    private Path goodAroundBad(String bad) throws IOException {
        Path f = tmp.resolve("in.jsonl");
        Files.writeString(f, line("good-1", "副市长陈博出席并讲话。") + bad + line("good-2", "10月7日，张新伟在清徐县督导检查。"));
        return f;
    }

    private static void assertGoodRecordsWritten(Launcher.Run r) {
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
        assertTrue(r.out().contains("\"id\":\"good-1\"") && r.out().contains("\"id\":\"good-2\""),
                "the good records were not written: " + r.err());
    }

    @Test
    void twoMillionCharactersWithoutPunctuationInOneGigabyte() throws Exception {
        Path in = goodAroundBad(line("huge", han(new Random(1), 2_000_000, "")));
        Launcher.Run r = newsgraph("extract", "--threads", "1", in.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertGoodRecordsWritten(r);
        assertEquals(3, r.out().split("\n").length);
    }

    @Test
    void aRecordAtTheSizeLimitIsProcessedAndOneOverItRejected() throws Exception {
        int limit = 1_500_000;
        String empty = line("limit", "").trim();
        String at = line("limit", han(new Random(2), limit - empty.length(), "，😀e\u0301\u202E"));
        assertEquals(limit, at.trim().length(), "the test record is not at the limit");
        String over = line("over", han(new Random(3), limit, ""));
        Path in = goodAroundBad(at + over);
        Launcher.Run r = newsgraph("extract", "--threads", "1", "--max-file-bytes", Integer.toString(limit), in.toString());
        assertEquals(ExitCode.PARTIAL, r.exit(), r.err());
        assertGoodRecordsWritten(r);
        assertTrue(r.out().contains("\"id\":\"limit\""), "the record at the limit was not written: " + r.err());
        assertTrue(r.err().contains("in.jsonl:3") && r.err().contains("line longer than"), r.err());
    }
}
