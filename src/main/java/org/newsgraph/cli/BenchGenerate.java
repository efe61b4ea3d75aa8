package org.newsgraph.cli;

import static org.newsgraph.bench.Report.rate;
import static org.newsgraph.bench.Report.seconds;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph bench generate}: writes a generated corpus (see {@link CorpusGenerator}). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a generated corpus: a directory of pages with manifest.json, or a .jsonl file.")
final class BenchGenerate implements Callable<Integer> {
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
        boolean jsonl = format.equals("jsonl") || (format.equals("auto") && out.toString().endsWith(".jsonl"));
        CorpusGenerator g = new CorpusGenerator(common.seed, province, papers, java.time.LocalDate.of(2021, 1, 1));
        long t0 = System.nanoTime();
        CorpusGenerator.Stats s = jsonl ? g.writeJsonLines(out, articles) : g.writeDirectory(out, articles);
        double secs = seconds(System.nanoTime() - t0);
        common.report("generate").put("format", jsonl ? "jsonl" : "pages").put("out", out)
                .put("articles", s.articles()).put("pages", s.pages()).put("papers", s.papers())
                .put("chars", s.chars()).put("seconds", secs).put("articlesPerSecond", rate(s.articles(), secs))
                .print();
        return ExitCode.OK;
    }
}
