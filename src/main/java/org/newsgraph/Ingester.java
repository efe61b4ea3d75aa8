package org.newsgraph;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Reject;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.extract.NerModel;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RunRecord;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;

/**
 * Reads inputs, extracts, maps to RDF, checks each article graph against the SHACL shapes and stores it.
 * Articles that fail the shapes never reach the store; the others are written in batches, each batch one
 * transaction, so a failure or a kill never leaves half a graph behind.
 * Unchanged articles (same content hash) are skipped; with pruning, articles no longer in the input are
 * dropped. Every run is recorded as a PROV-O activity in the runs graph.
 */
public final class Ingester {

    /** Articles written per transaction. */
    private static final int BATCH = 256;

    /** Batches between two looks at the store's size for automatic compaction. */
    private static final int BATCHES_PER_COMPACTION_CHECK = 16;

    /** Version of the extraction pipeline; part of every article's content hash. */
    public static final String PIPELINE_VERSION = "newsgraph-0.1.0";

    /**
     * What one run did, and where its time went: {@code extractSeconds} and {@code mapSeconds} (RDF
     * mapping and the SHACL gate) are summed over the worker threads; {@code writeSeconds} is the time
     * spent in store transactions.
     */
    public record Summary(int articles, int added, int replaced, int unchanged, int rejected, int pruned,
                          int mentions, int events, long quadsWritten, long quadsInStore, double seconds,
                          double extractSeconds, double mapSeconds, double writeSeconds, int compactions,
                          List<Reject> rejects) {
    }

    private final Pipeline pipeline;
    private final ArticleMapper mapper;
    private final ShapeGate gate;
    private final int threads;
    private final Compaction compaction;

    public Ingester(Lexicons lexicons) {
        this(lexicons, ShapeGate.bundled(), 1, Compaction.NEVER);
    }

    /**
     * @param gate the shapes every article graph must satisfy (tests use stricter ones)
     * @param threads extraction threads; articles are still stored one at a time, in input order
     * @param compaction when to compact the store during a run
     */
    public Ingester(Lexicons lexicons, ShapeGate gate, int threads, Compaction compaction) {
        this.pipeline = Pipeline.standard(lexicons);
        this.mapper = new ArticleMapper(Gazetteer.load(lexicons), PIPELINE_VERSION);
        this.gate = gate;
        this.threads = threads;
        this.compaction = compaction;
    }

    /** One article made ready for the store on a worker thread: its graph, or why it cannot be stored. */
    private record Prepared(Article article, Analysis analysis, ArticleMapper.Mapped mapped, Reject reject) {
    }

    private Prepared prepare(Article article, LongAdder extractNanos, LongAdder mapNanos) {
        try {
            long t0 = System.nanoTime();
            Analysis analysis = pipeline.run(article);
            long t1 = System.nanoTime();
            ArticleMapper.Mapped mapped = mapper.map(analysis);
            List<String> violations = gate.violations(mapped.article());
            extractNanos.add(t1 - t0);
            mapNanos.add(System.nanoTime() - t1);
            if (!violations.isEmpty()) {
                return new Prepared(article, analysis, null,
                        new Reject(article.id(), "graph violates the shapes: " + String.join("; ", violations)));
            }
            return new Prepared(article, analysis, mapped, null);
        } catch (RuntimeException e) {
            return new Prepared(article, null, null, new Reject(article.id(), "failed: " + e));
        }
    }

    public Summary ingest(ArticleReader reader, List<Path> inputs, Store store, Consumer<Article> progress) {
        return ingest(reader, inputs, store, false, progress);
    }

    /**
     * @param prune drop the article graphs of articles that were not in this run's input
     */
    public Summary ingest(ArticleReader reader, List<Path> inputs, Store store, boolean prune,
                          Consumer<Article> progress) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        store.addReference(ShapeGate.loadBundled("event-types.ttl"));
        int[] c = new int[8]; // articles, added, replaced, unchanged, mentions, events, batches, compactions
        long[] quads = new long[1];
        Set<String> seen = new HashSet<>();
        List<Reject> rejects = new ArrayList<>();
        List<Prepared> batch = new ArrayList<>();
        LongAdder extractNanos = new LongAdder();
        LongAdder mapNanos = new LongAdder();
        long[] writeNanos = new long[1];
        Runnable flush = () -> {
            if (batch.isEmpty()) {
                return;
            }
            long tw = System.nanoTime();
            try {
                List<Store.Outcome> outcomes = store.putArticles(batch.stream().map(Prepared::mapped).toList());
                for (int i = 0; i < batch.size(); i++) {
                    Prepared p = batch.get(i);
                    switch (outcomes.get(i)) {
                        case ADDED -> c[1]++;
                        case REPLACED -> c[2]++;
                        case UNCHANGED -> c[3]++;
                    }
                    c[4] += p.analysis().mentions().size();
                    c[5] += p.analysis().events().size();
                    if (outcomes.get(i) != Store.Outcome.UNCHANGED) {
                        quads[0] += p.mapped().article().size();
                    }
                }
            } catch (RuntimeException e) {
                batch.forEach(p -> rejects.add(new Reject(p.article().id(), "could not be stored: " + e)));
            }
            writeNanos[0] += System.nanoTime() - tw;
            batch.clear();
            if (++c[6] % BATCHES_PER_COMPACTION_CHECK == 0 && store.compactIfGrown(compaction)) {
                c[7]++;
            }
        };
        try (OrderedParallel<Article, Prepared> workers = new OrderedParallel<>(a -> prepare(a, extractNanos, mapNanos), threads, p -> {
            c[0]++;
            progress.accept(p.article());
            seen.add(Iris.articleGraph(p.article().id()).getURI());
            if (p.reject() != null) {
                rejects.add(p.reject());
                return;
            }
            batch.add(p);
            if (batch.size() >= BATCH) {
                flush.run();
            }
        })) {
            reader.read(inputs, workers::submit, rejects::add);
        }
        flush.run();
        // a rejected file's articles were not seen but are not gone: prune only after a clean read
        boolean cleanRead = rejects.stream().noneMatch(r -> !seen.contains(Iris.articleGraph(r.record()).getURI()));
        int pruned = prune && cleanRead ? store.dropArticlesExcept(seen) : 0;
        double seconds = (System.nanoTime() - t0) / 1e9;
        Summary s = new Summary(c[0], c[1], c[2], c[3], rejects.size(), pruned, c[4], c[5], quads[0],
                store.quadCount(), seconds, extractNanos.sum() / 1e9, mapNanos.sum() / 1e9, writeNanos[0] / 1e9, c[7],
                rejects);
        store.appendRun(RunRecord.of(started, Instant.now(), inputs, s.articles(), s.added(), s.replaced(),
                s.unchanged(), s.rejected(), s.pruned(), PIPELINE_VERSION, NerModel.bundledChecksum()));
        return s;
    }
}
