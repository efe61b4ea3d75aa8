package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
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

    /** Articles per incremental enrichment transaction. */
    static final int INCREMENTAL_BATCH = 1_000;
    /**
     * Heap the whole enrichment pass holds per article: 6.9 GB live at 1M generated articles (it ran out of
     * a 2 GB heap there; the 100k build fits in 1 GB).
     */
    static final long WHOLE_PASS_BYTES_PER_ARTICLE = 7_000;

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
            enrichment = enrich(store, summary);
        }
        double enrichSeconds = (System.nanoTime() - t) / 1e9;
        switch (options.after()) {
            case COMPACT -> store.compact();
            case COMPACT_IF_GROWN -> store.compactIfGrown(Compaction.AUTO);
            case KEEP -> { }
        }
        return new Result(summary, enrichment, enrichSeconds);
    }

    /**
     * The incremental pass when the run only added articles to an enriched store, and at most as many
     * as it held before (a first load is faster rebuilt whole); else the whole pass.
     */
    private static Enricher.Result enrich(Store store, Ingester.Summary s) {
        return enrich(store, s.replaced() + s.pruned() == 0, s.addedIds());
    }

    /**
     * The enrichment pass after articles were stored: incremental when {@code onlyAdded} (nothing replaced
     * or removed), the store was enriched before and the added articles are at most as many as it held
     * before them; in batches too for a first load whose whole pass would not fit in this JVM's heap (it holds
     * every person and event of the store; batches are slower but bounded by the batch); else the whole pass.
     */
    static Enricher.Result enrich(Store store, boolean onlyAdded, List<String> addedIds) {
        boolean enrichedBefore = store.ask("ASK { GRAPH <" + Iris.ENTITIES_GRAPH.getURI() + "> { ?s ?p ?o } }");
        long[] stored = {0};
        store.select(Vocab.SPARQL_PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }",
                r -> stored[0] = r.getLiteral("n").getLong());
        long before = stored[0] - addedIds.size();
        if (onlyAdded && inBatches(addedIds.size(), before, enrichedBefore, Runtime.getRuntime().maxMemory())) {
            return new Enricher().enrichAdded(store, addedIds, INCREMENTAL_BATCH);
        }
        return new Enricher().enrich(store);
    }

    /**
     * Whether a run that only added articles is enriched in batches: an increment of an enriched store no
     * larger than it was, or a first load whose whole pass would not fit in {@code maxHeap}.
     */
    static boolean inBatches(long added, long before, boolean enrichedBefore, long maxHeap) {
        boolean increment = enrichedBefore && added <= before;
        boolean largeFirstLoad = before == 0 && added * WHOLE_PASS_BYTES_PER_ARTICLE > maxHeap;
        return added > 0 && (increment || largeFirstLoad);
    }
}
