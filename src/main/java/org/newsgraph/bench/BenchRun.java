package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * What every benchmark run shares: the corpus seed, the time limit and its clock, the result file and the
 * work directory (a fresh temporary one unless given, deleted afterwards unless {@code keep}).
 */
public final class BenchRun {

    private final long seed;
    private final long timeLimitSeconds;
    private final Path jsonOut;
    private final boolean keep;
    private Path work;
    private long deadlineNanos;

    /**
     * @param jsonOut file to append the JSON result line to, or null
     * @param work    directory for generated corpora and stores, or null for a new temporary one
     */
    public BenchRun(long seed, long timeLimitSeconds, Path jsonOut, Path work, boolean keep) {
        this.seed = seed;
        this.timeLimitSeconds = timeLimitSeconds;
        this.jsonOut = jsonOut;
        this.work = work;
        this.keep = keep;
    }

    public long seed() {
        return seed;
    }

    public long timeLimitSeconds() {
        return timeLimitSeconds;
    }

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

    /** Runs a benchmark, then deletes the work directory unless {@code keep} was given. */
    public <T> T thenCleanUp(Callable<T> benchmark) throws Exception {
        try {
            return benchmark.call();
        } finally {
            if (work != null && !keep) {
                WorkFiles.deleteTree(work);
            }
        }
    }
}
