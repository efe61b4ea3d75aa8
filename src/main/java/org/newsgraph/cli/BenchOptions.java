package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.bench.BenchRun;
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

    /** A new run with these options (one per command: it holds the clock and the work directory). */
    BenchRun run() {
        return new BenchRun(seed, timeLimitSeconds, jsonOut, work, keep);
    }
}
