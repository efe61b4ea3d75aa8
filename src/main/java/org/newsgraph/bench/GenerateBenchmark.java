package org.newsgraph.bench;

import static org.newsgraph.bench.Report.rate;
import static org.newsgraph.bench.Report.seconds;

import java.nio.file.Path;

/**
 * Writes a generated corpus (see {@link CorpusGenerator}) and reports how fast it was written.
 *
 * @param out      a directory for pages, or a file for JSON Lines records
 * @param format   auto (JSON Lines when {@code out} ends in .jsonl), pages or jsonl
 * @param papers   number of city papers; 0 = one per 1,000 articles
 * @param province province whose cities come first
 */
public record GenerateBenchmark(BenchRun common, long articles, Path out, String format, int papers, String province) {

    public void run() {
        boolean jsonl = format.equals("jsonl") || (format.equals("auto") && out.toString().endsWith(".jsonl"));
        CorpusGenerator g = new CorpusGenerator(common.seed(), province, papers, java.time.LocalDate.of(2021, 1, 1));
        long t0 = System.nanoTime();
        CorpusGenerator.Stats s = jsonl ? g.writeJsonLines(out, articles) : g.writeDirectory(out, articles);
        double secs = seconds(System.nanoTime() - t0);
        common.report("generate").put("format", jsonl ? "jsonl" : "pages").put("out", out)
                .put("articles", s.articles()).put("pages", s.pages()).put("papers", s.papers())
                .put("chars", s.chars()).put("seconds", secs).put("articlesPerSecond", rate(s.articles(), secs))
                .print();
    }
}
