package org.newsgraph.bench;

import static org.newsgraph.bench.Report.rate;
import static org.newsgraph.bench.Report.seconds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.newsgraph.Pipeline;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.segment.HanlpSegmenter;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.MentionType;

/**
 * {@code newsgraph bench extract}: extraction throughput on one thread against HanLP's default segmenter
 * over the same generated articles, in the same run, batches alternating which side goes first.
 *
 * @param articles articles to measure
 * @param warmup   warm-up articles, not measured
 * @param batch    articles per alternating batch
 */
public record ExtractBenchmark(BenchRun common, long articles, long warmup, int batch) {

    public void run() {
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard(Lexicons.bundled());
        double loadSeconds = seconds(System.nanoTime() - t0);
        ArticleReader splitter = new ArticleReader();
        ToIntFunction<String> plain = HanlpSegmenter.outOfTheBox();

        // warm-up on a different corpus (another seed), both code paths
        Counts warm = new Counts();
        forEachBatch(new CorpusGenerator(common.seed() ^ 0x5DEECE66DL), splitter, warmup, batch, list -> {
            measure(pipeline, plain, list, warm, true);
            return true;
        });

        common.startClock();
        Counts c = new Counts();
        int[] batches = {0};
        boolean[] truncated = {false};
        forEachBatch(new CorpusGenerator(common.seed()), splitter, articles, batch, list -> {
            // alternate which side runs first so that cache and JIT effects fall on both equally
            measure(pipeline, plain, list, c, batches[0]++ % 2 == 0);
            if (common.pastDeadline()) {
                truncated[0] = true;
                return false;
            }
            return true;
        });
        double seg = seconds(c.segNanos);
        double ext = seconds(c.extractNanos);
        double segRate = rate(c.chars, seg);
        double extRate = rate(c.chars, ext);
        double ratio = segRate == 0 ? 0 : extRate / segRate;
        common.report("extract").put("articles", c.articles).put("chars", c.chars).put("threads", 1)
                .put("pipelineLoadSeconds", loadSeconds).put("warmupArticles", warm.articles)
                .put("segmentSeconds", seg).put("segmentCharsPerSecond", segRate)
                .put("extractSeconds", ext).put("extractCharsPerSecond", extRate)
                .put("extractArticlesPerSecond", rate(c.articles, ext))
                .put("ratio", ratio).put("goal", 0.5).put("goalMet", ratio >= 0.5)
                .put("mentions", c.mentions).put("persons", c.persons).put("officials", c.officials)
                .put("events", c.events).put("truncated", truncated[0])
                .print();
    }

    static final class Counts {
        long articles;
        long chars;
        long segNanos;
        long extractNanos;
        long mentions;
        long persons;
        long officials;
        long events;
        long tokens;
    }

    private static void measure(Pipeline pipeline, ToIntFunction<String> plainSegmentation, List<Article> list, Counts c,
                                boolean segmentFirst) {
        for (int pass = 0; pass < 2; pass++) {
            boolean segment = (pass == 0) == segmentFirst;
            long t = System.nanoTime();
            if (segment) {
                long tokens = 0;
                for (Article a : list) {
                    tokens += plainSegmentation.applyAsInt(a.text());
                }
                c.segNanos += System.nanoTime() - t;
                c.tokens += tokens;
            } else {
                List<Analysis> results = new ArrayList<>(list.size());
                for (Article a : list) {
                    results.add(pipeline.run(a));
                }
                c.extractNanos += System.nanoTime() - t;
                for (Analysis an : results) {
                    c.mentions += an.mentions().size();
                    c.persons += an.mentionsOf(MentionType.PERSON).size();
                    c.officials += an.officials().size();
                    c.events += an.events().size();
                }
            }
        }
        for (Article a : list) {
            c.articles++;
            c.chars += a.text().codePointCount(0, a.text().length());
        }
    }

    /** A function over a batch that returns false to stop. */
    private interface BatchSink {
        boolean accept(List<Article> batch);
    }

    /**
     * Generates {@code articles} articles, splits each page as {@code ingest} would (so the articles are what
     * the pipeline sees in production), and hands them over in batches. Holds one batch at a time.
     */
    private static void forEachBatch(CorpusGenerator g, ArticleReader splitter, long articles, int batchSize, BatchSink sink) {
        List<Article> batch = new ArrayList<>(batchSize + 16);
        class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }
        try {
            g.pages(articles, page -> {
                batch.addAll(splitter.splitPage(page.id(), page.text(), page.published(), false, page.publisher(),
                        page.jurisdiction(), page.id() + ".txt"));
                if (batch.size() >= batchSize) {
                    boolean go = sink.accept(List.copyOf(batch));
                    batch.clear();
                    if (!go) {
                        throw new Stop();
                    }
                }
            });
            if (!batch.isEmpty()) {
                sink.accept(List.copyOf(batch));
            }
        } catch (Stop stop) {
            // deadline reached
        }
    }
}
