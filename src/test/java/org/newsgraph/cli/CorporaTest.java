package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Commands that need the public corpora, in a clone that does not have them. */
class CorporaTest {

    @TempDir
    Path tmp;

    private static String stderrOf(int[] exit, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            exit[0] = Main.run(args);
        } finally {
            System.setErr(err);
        }
        return e.toString(StandardCharsets.UTF_8);
    }

    @Test
    void trainNerNamesTheMissingCorpusAndWhereToGetIt() {
        int[] exit = new int[1];
        String err = stderrOf(exit, "train-ner", "--corpora", tmp.resolve("none").toString());
        assertEquals(ExitCode.FAILURE, exit[0]);
        assertTrue(err.contains("People's Daily 1998") && err.contains("peoples-daily-1998")
                && err.contains("github.com/OYE93/Chinese-NLP-Corpus") && err.contains("--corpora"), err);
    }

    @Test
    void corpusEvalNamesTheMissingCorpus() {
        int[] exit = new int[1];
        String err = stderrOf(exit, "eval", "--gold", tmp.resolve("cluener2020/train.json").toString(),
                "--format", "cluener", "--labels", "cluener");
        assertEquals(ExitCode.FAILURE, exit[0]);
        assertTrue(err.contains("missing corpus CLUENER2020") && err.contains("CLUEbenchmark/CLUENER2020"), err);
    }

    @Test
    void trainNerDoesNotOverwriteTheBundledModelByDefault() {
        TrainNerCommand cmd = new TrainNerCommand();
        new CommandLine(cmd).parseArgs();
        assertFalse(cmd.out.normalize().startsWith(Path.of("src")), "default output " + cmd.out);
    }
}
