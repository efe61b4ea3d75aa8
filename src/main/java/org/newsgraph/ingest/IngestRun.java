package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.model.Article;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;

/**
 * The whole ingest sequence, written once for every entry point ({@code ingest}, {@code serve --ingest},
 * the benchmarks): extract and store the articles, rebuild the cross-article graphs, then compact as the
 * caller asked.
 */
public final class IngestRun {

    /** What to do with the database after the run. */
    public enum AfterRun {
        /** Leave it as it is. */
        KEEP,
        /** Compact it when it has grown enough since its last compaction ({@link Compaction#AUTO}). */
        COMPACT_IF_GROWN,
        /** Compact it whatever its size. */
        COMPACT
    }

    /** What the run should do besides ingesting. */
    public record Options(boolean prune, boolean enrich, AfterRun after) {
    }

    /** What the ingest and the enrichment pass did; {@code enrichment} is null when it was not asked for. */
    public record Result(Ingester.Summary ingest, Enricher.Result enrichment, double enrichSeconds) {
    }

    private final Ingester ingester;

    public IngestRun(Ingester ingester) {
        this.ingester = ingester;
    }

    /** Ingests the inputs into the store, enriches and compacts as the options say. */
    public Result run(ArticleReader reader, List<Path> inputs, Store store, Options options, Consumer<Article> progress) {
        Ingester.Summary summary = ingester.ingest(reader, inputs, store, options.prune(), progress);
        Enricher.Result enrichment = null;
        long t = System.nanoTime();
        if (options.enrich()) {
            enrichment = new Enricher().enrich(store);
        }
        double enrichSeconds = (System.nanoTime() - t) / 1e9;
        switch (options.after()) {
            case COMPACT -> store.compact();
            case COMPACT_IF_GROWN -> store.compactIfGrown(Compaction.AUTO);
            case KEEP -> { }
        }
        return new Result(summary, enrichment, enrichSeconds);
    }
}
