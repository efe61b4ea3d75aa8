package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.GenerateBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph bench generate}: writes a generated corpus (see {@link CorpusGenerator}). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a generated corpus: a directory of pages with manifest.json, or a .jsonl file.")
final class BenchGenerateCommand implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Option(names = "--articles", defaultValue = "1000", description = "number of articles (default: ${DEFAULT-VALUE})")
    long articles;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "a directory for pages, or a file ending in .jsonl for JSON Lines records")
    Path out;

    @Option(names = "--format", defaultValue = "auto", description = "auto | pages | jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--papers", defaultValue = "0", description = "number of city papers; 0 = one per 1,000 articles")
    int papers;

    @Option(names = "--province", defaultValue = "140000", description = "province whose cities come first")
    String province;

    @Override
    public Integer call() {
        new GenerateBenchmark(common.run(), articles, out, format, papers, province).run();
        return ExitCode.OK;
    }
}
