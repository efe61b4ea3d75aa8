package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsgraph bench generate|extract|ingest|query|load}: the scale corpus and the benchmarks.
 *
 * <p>Every benchmark measures its ratio in one run (baseline and newsgraph on the same generated text),
 * prints plain result lines, then one JSON line (also appended to {@code --json-out} when given), and stops
 * at {@code --time-limit}: whatever was measured by then is reported, marked {@code "truncated": true}.
 * Work files go to a fresh temporary directory that is deleted afterwards unless {@code --keep} is given.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a scale corpus and run the throughput and latency benchmarks (see BENCHMARKS.md).",
        subcommands = {BenchGenerateCommand.class, BenchExtractCommand.class, BenchIngestCommand.class,
                BenchQueryCommand.class, BenchLoadCommand.class})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return ExitCode.USAGE;
    }
}
