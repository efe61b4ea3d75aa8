package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.bench.ExtractBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph bench extract}: the options of {@link ExtractBenchmark}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extraction throughput (chars/s, one thread) against plain HanLP segmentation of the same text.")
final class BenchExtractCommand implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Option(names = "--articles", defaultValue = "2000", description = "articles to measure (default: ${DEFAULT-VALUE})")
    long articles;

    @Option(names = "--warmup", defaultValue = "300", description = "warm-up articles, not measured (default: ${DEFAULT-VALUE})")
    long warmup;

    @Option(names = "--batch", defaultValue = "100", description = "articles per alternating batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Override
    public Integer call() {
        new ExtractBenchmark(common.run(), articles, warmup, batch).run();
        return ExitCode.OK;
    }
}
