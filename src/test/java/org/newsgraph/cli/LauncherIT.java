package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar through the {@code ./newsgraph} launcher, as a user would: the jar must work on its
 * own (merged service files for Jena, bundled lexicons, ontology and queries).
 */
class LauncherIT {

    @TempDir
    Path tmp;

    private Launcher.Run newsgraph(String... args) throws IOException, InterruptedException {
        return Launcher.run(tmp, Map.of(), args);
    }

    @Test
    void extractWritesOneLinePerArticleWithCodePointOffsets() throws Exception {
        Launcher.Run r = newsgraph("extract", "seeds");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines.length > 40, "only " + lines.length + " articles");
        ObjectMapper json = new ObjectMapper();
        int mentions = 0;
        for (String line : lines) {
            JsonNode a = json.readTree(line);
            int[] text = a.path("text").asText().codePoints().toArray();
            for (JsonNode m : a.path("mentions")) {
                int s = m.path("start").asInt();
                int e = m.path("end").asInt();
                assertEquals(m.path("text").asText(), new String(text, s, e - s), a.path("id") + " " + m);
                mentions++;
            }
            assertTrue(a.has("officials") && a.has("events") && a.has("figures") && a.has("published"));
        }
        assertTrue(mentions > 900, mentions + " mentions");
    }

    @Test
    void badInputIsReportedPerRecordAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"id\":\"ok\",\"text\":\"副市长陈博出席并讲话。\",\"published\":\"2021-12-21\"}\n"
                + "{broken\n{\"id\":\"ok2\",\"text\":\"10月7日，张新伟督导检查。\"}\n");
        Files.write(in.resolve("b.txt"), "本报讯 副市长陈博出席。".getBytes(Charset.forName("GBK")));
        Files.write(in.resolve("e.txt"), "Caf\u00e9 r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("c.txt"), new byte[0]);
        Files.write(in.resolve("d.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Launcher.Run r = newsgraph("extract", in.toString());
        assertEquals(ExitCode.PARTIAL, r.exit(), r.err());
        assertEquals(3, r.out().split("\n").length, "two records and the GBK page: " + r.out());
        assertTrue(r.err().contains("a.jsonl:2") && r.err().contains("malformed JSON"), r.err());
        assertTrue(r.out().contains("副市长陈博出席"), "the GBK page was converted");
        assertTrue(r.err().contains("e.txt") && r.err().contains("encoding could not be determined"), r.err());
        assertTrue(r.err().contains("c.txt") && r.err().contains("empty"), r.err());
        assertTrue(r.err().contains("d.txt") && r.err().contains("binary"), r.err());
    }

    @Test
    void ingestThenQueryFromTheJar() throws Exception {
        String store = tmp.resolve("tdb2").toString();
        Launcher.Run ingest = newsgraph("ingest", "seeds", "--store", store);
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().contains("\"rejected\":0"), "one JSON summary line when not on a terminal: " + ingest.out());
        Launcher.Run query = newsgraph("query", "who-met-whom", "--store", store, "--format", "csv", "--param", "person=张新伟");
        assertEquals(0, query.exit(), query.err());
        assertTrue(query.out().contains("张新伟,inspector,市委副书记、市长,王剑峰,attendee,,inspection,2021-10-07,清徐县,trigger-and-role-verbs"), query.out());
    }

    @Test
    void theFirstBuildIsAnnouncedWithoutEscapeCodes() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("clone"));
        Files.copy(Path.of("newsgraph"), copy.resolve("newsgraph"));
        Files.writeString(copy.resolve("pom.xml"), "");
        Files.createDirectories(copy.resolve("src/main"));
        // a stand-in for Maven that colours its output as Maven does and "builds" the real jar
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/usr/bin/env bash\nprintf '\\033[0m\\033[0m\\033[1mok\\033[m\\n'\n"
                + "mkdir -p target && cp '" + Path.of("target/newsgraph-0.1.0.jar").toAbsolutePath() + "' target/\n");
        assertTrue(mvn.toFile().setExecutable(true));
        Path err = tmp.resolve("launcher-err.txt");
        ProcessBuilder pb = new ProcessBuilder("bash", copy.resolve("newsgraph").toString(), "--version")
                .redirectError(err.toFile()).redirectOutput(tmp.resolve("launcher-out.txt").toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        assertEquals(0, pb.start().waitFor());
        String said = Files.readString(err, StandardCharsets.UTF_8);
        assertTrue(said.contains("building newsgraph (first run, ~30 s)"), said);
        assertTrue(said.contains("ok") && !said.contains("\u001b"), "escape codes reached the user: " + said);
    }
}
