package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.bench.BenchRun;
import org.newsgraph.bench.LoadBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph bench load}: the options of {@link LoadBenchmark}. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Query load over HTTP while the server ingests new articles: throughput, p99, errors.")
final class BenchLoadCommand implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Mixin
    BenchServeOptions serve;

    @Option(names = "--ingest-articles", defaultValue = "2000",
            description = "new articles the server ingests under load (default: ${DEFAULT-VALUE})")
    long ingestArticles;

    @Option(names = "--threads", defaultValue = "0",
            description = "extraction threads of the ingest; 0 = as serve --ingest: the cores less one (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--quiet-seconds", defaultValue = "30",
            description = "how long to measure the server before the ingest starts (default: ${DEFAULT-VALUE})")
    int quietSeconds;

    @Override
    public Integer call() throws Exception {
        BenchRun run = common.run();
        return run.thenCleanUp(() -> {
            if (serve.clients < 1 || ingestArticles < 1) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--clients and --ingest-articles must be >= 1");
            }
            new LoadBenchmark(run, serve.store(), ingestArticles, threads, quietSeconds).run();
            return ExitCode.OK;
        });
    }
}
