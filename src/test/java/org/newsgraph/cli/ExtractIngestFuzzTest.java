package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * Random and mutated records (bytes, JSON, Unicode edge cases) through {@code extract} and {@code ingest}:
 * every record is either written or rejected by name, nothing crashes the batch, and the store holds
 * exactly the accepted articles and the same after a second run. One record per file, so that a record
 * whose bytes are not UTF-8 (which ends the reading of its file) cannot hide others.
 */
class ExtractIngestFuzzTest {

    private static final long SEED = 20261128L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PIECES = {
        "副市长陈博出席并讲话。", "10月7日，张新伟在清徐县督导检查。", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "e\u0301\u0301\u0301", "\u0000", "\u202E\u05E9\u05DC\u05D5\u05DD\u202C", "مرحبا", "\uD800", "\uDFFF",
        "123456789012345678901234567890亿元", "99999年13月45日", "-0.0e999%", "\uFEFF", "\u3000\u00A0\t\r\n",
        "𠀀𪚥", "（）《》“”", "\\\"", "市委书记韦韬主持召开会议；", "ÿþ", "\uFFFF\uFFFE", "！？。", "张"};

    @TempDir
    Path tmp;

    private static String randomText(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x10000) : PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static byte[] record(Random r, int i) throws Exception {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "fuzz-" + i + randomText(r).replace("\n", ""));
        o.put("text", randomText(r));
        List<Supplier<byte[]>> kinds = List.of(
                () -> bytes(o.toString()),
                () -> bytes(o.put("published", r.nextBoolean() ? "2021-02-30" : "99999-01-01").toString()),
                () -> bytes(o.put("jurisdiction", randomText(r)).put("publisher", randomText(r)).toString()),
                () -> bytes(o.toString().replace("\"text\"", r.nextBoolean() ? "\"txt\"" : "\"text\":1,\"x\"")),
                () -> bytes("{\"id\":" + r.nextLong() + "123456789012345678901234567890,\"text\":[1,{}],\"id\":null}"),
                () -> mutate(r, bytes(o.toString())),
                () -> mutate(r, bytes(o.toString())),
                () -> {
                    byte[] b = new byte[r.nextInt(200)];
                    r.nextBytes(b);
                    return b;
                });
        return kinds.get(r.nextInt(kinds.size())).get();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Flips, drops or inserts a few random bytes. */
    private static byte[] mutate(Random r, byte[] in) {
        List<Byte> b = new ArrayList<>();
        for (byte x : in) {
            b.add(x);
        }
        for (int k = 0; k < 1 + r.nextInt(4) && !b.isEmpty(); k++) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(3)) {
                case 0 -> b.set(at, (byte) r.nextInt(256));
                case 1 -> b.remove(at);
                default -> b.add(at, (byte) r.nextInt(256));
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    /** The files of one fuzz run, one record each (line breaks inside a record are kept: more lines). */
    private List<Path> files(int n) throws Exception {
        Random r = new Random(SEED);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = tmp.resolve(String.format("r%03d.jsonl", i));
            Files.write(f, record(r, i));
            files.add(f);
        }
        return files;
    }

    private static List<JsonNode> lines(String text) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** Non-blank lines of a file as the reader sees them, or 1 when its bytes are not UTF-8. */
    private static int records(Path f) throws Exception {
        try {
            return (int) StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f)))
                    .toString().replaceFirst("^\uFEFF", "").lines().filter(l -> !l.isBlank()).count();
        } catch (java.nio.charset.CharacterCodingException e) {
            return 1;
        }
    }

    @Test
    void everyRecordIsWrittenOrRejectedAndTheStoreHoldsExactlyTheAccepted() throws Exception {
        List<Path> files = files(150);
        List<String> args = new ArrayList<>(List.of("extract", "--threads", "2", "--rejects", tmp.resolve("x.rej").toString()));
        files.forEach(f -> args.add(f.toString()));
        InProcess.Run extract = InProcess.run(args.toArray(String[]::new));
        assertTrue(extract.exit() == ExitCode.OK || extract.exit() == ExitCode.PARTIAL, extract.err());
        List<JsonNode> written = lines(extract.out());
        List<JsonNode> rejected = lines(Files.readString(tmp.resolve("x.rej")));
        Set<String> ids = new HashSet<>();
        for (JsonNode a : written) {
            assertTrue(ids.add(a.path("id").asText()), "written twice: " + a.path("id"));
        }
        int expected = 0;
        for (Path f : files) {
            expected += records(f);
        }
        assertEquals(expected, written.size() + rejected.size(),
                "records neither written nor rejected (seed " + SEED + "): " + extract.err());
        assertTrue(written.size() > 10 && rejected.size() > 10, written.size() + " written, " + rejected.size() + " rejected");

        Path dir = tmp.resolve("tdb2");
        List<String> ingestArgs = new ArrayList<>(List.of("ingest", "--json", "--no-enrich", "--store", dir.toString()));
        files.forEach(f -> ingestArgs.add(f.toString()));
        InProcess.Run ingest = InProcess.run(ingestArgs.toArray(String[]::new));
        JsonNode summary = JSON.readTree(ingest.out().lines().reduce((a, b) -> b).orElseThrow());
        assertEquals(expected, summary.path("articles").asInt() + summary.path("rejected").asInt(), ingest.out() + ingest.err());
        assertEquals(written.size(), summary.path("added").asInt(), "extract and ingest accept the same records");
        InProcess.Run again = InProcess.run(ingestArgs.toArray(String[]::new));
        assertEquals(written.size(), JSON.readTree(again.out().lines().reduce((a, b) -> b).orElseThrow())
                .path("unchanged").asInt(), "a second run changes nothing: " + again.out());
        try (Store store = Store.open(dir)) {
            long[] graphs = new long[1];
            store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newsgraph/id/graph/article/')) }",
                    s -> graphs[0] = s.getLiteral("n").getLong());
            assertEquals(written.size(), graphs[0], "one article graph per accepted record");
        }
    }
}
