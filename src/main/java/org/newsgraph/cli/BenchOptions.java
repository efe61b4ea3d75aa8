package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newsgraph.bench.Report;
import org.newsgraph.bench.WorkFiles;
import picocli.CommandLine.Option;

/** Options every benchmark shares: the corpus seed, the time limit, the result file and the work directory. */
final class BenchOptions {

    @Option(names = "--seed", defaultValue = "42", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--time-limit", defaultValue = "900", paramLabel = "SECONDS",
            description = "stop measuring after this long and report what was measured (default: ${DEFAULT-VALUE})")
    long timeLimitSeconds;

    @Option(names = "--json-out", paramLabel = "FILE", description = "also append the JSON result line to this file")
    Path jsonOut;

    @Option(names = "--work", paramLabel = "DIR",
            description = "directory for generated corpora and stores (default: a new temporary directory)")
    Path work;

    @Option(names = "--keep", description = "keep the work directory")
    boolean keep;

    private long deadlineNanos;

    Report report(String bench) {
        return new Report(bench, seed, jsonOut);
    }

    void startClock() {
        deadlineNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeLimitSeconds);
    }

    boolean pastDeadline() {
        return System.nanoTime() - deadlineNanos > 0;
    }

    Path workDir() throws IOException {
        if (work == null) {
            work = Files.createTempDirectory("newsgraph-bench-");
        } else {
            Files.createDirectories(work);
        }
        return work;
    }

    /** Runs a benchmark, then deletes the work directory unless {@code --keep} was given. */
    int thenCleanUp(Callable<Integer> benchmark) throws Exception {
        try {
            return benchmark.call();
        } finally {
            if (work != null && !keep) {
                WorkFiles.deleteTree(work);
            }
        }
    }
}
