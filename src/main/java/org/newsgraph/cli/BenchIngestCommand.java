package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.bench.BenchRun;
import org.newsgraph.bench.IngestBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph bench ingest}: the options of {@link IngestBenchmark}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest throughput (articles/s, quads/s) into a fresh TDB2, against tdb2.tdbloader loading the same quads.")
final class BenchIngestCommand implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Option(names = "--articles", defaultValue = "2000", description = "articles to ingest (default: ${DEFAULT-VALUE})")
    long articles;

    @Option(names = "--format", defaultValue = "pages", description = "generated input: pages | jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--loader", defaultValue = "phased",
            description = "tdb2.tdbloader --loader: basic | phased | sequential | parallel | light (default: ${DEFAULT-VALUE}, as tdbloader)")
    String loader;

    @Option(names = "--warmup", defaultValue = "200", description = "warm-up articles into a throw-away store (default: ${DEFAULT-VALUE})")
    long warmup;

    @Option(names = "--threads", defaultValue = "1", description = "extraction threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Override
    public Integer call() throws Exception {
        BenchRun run = common.run();
        return run.thenCleanUp(() -> {
            if (!format.equals("pages") && !format.equals("jsonl")) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--format must be pages or jsonl: " + format);
            }
            new IngestBenchmark(run, articles, format, loader, warmup, threads).run();
            return ExitCode.OK;
        });
    }
}
