package org.newsgraph.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.newsgraph.OrderedParallel;
import org.newsgraph.Pipeline;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Reject;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.extract.ner.NerModel;
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
 * transaction, so a failure or a kill never leaves half a graph behind. Extraction runs on the worker
 * threads and writing on a writer thread of its own, at the same time.
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
     * spent in store transactions, {@code compactSeconds} the time spent compacting during the run;
     * {@code addedIds} are the ids of the articles added (for the incremental enrichment pass).
     */
    public record Summary(int articles, int added, int replaced, int unchanged, int rejected, int pruned,
                          int mentions, int events, long quadsWritten, long quadsInStore, double seconds,
                          double extractSeconds, double mapSeconds, double writeSeconds, int compactions,
                          double compactSeconds, List<Reject> rejects, List<String> addedIds) {
    }

    private final Pipeline pipeline;
    private final ArticleMapper mapper;
    private final ShapeGate gate;
    private final int threads;
    private final Compaction compaction;

    /**
     * Extraction threads that leave a core to the writer thread: on two cores, two extraction threads
     * and the writer ingest more slowly than one and the writer (BENCHMARKS.md).
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

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
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // as in extract: the record is rejected, its memory is freed with its frames, the batch goes on
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
        int[] articles = {0};
        Set<String> seen = new HashSet<>(); // only kept for pruning: a million IRIs would take 100 MB of heap
        List<Reject> rejects = new ArrayList<>();
        List<Prepared> batch = new ArrayList<>();
        LongAdder extractNanos = new LongAdder();
        LongAdder mapNanos = new LongAdder();
        BatchWriter writer = new BatchWriter(store, compaction, rejects);
        try (writer) {
            try (OrderedParallel<Article, Prepared> workers = new OrderedParallel<>(
                    a -> prepare(a, extractNanos, mapNanos), threads, p -> {
                articles[0]++;
                progress.accept(p.article());
                if (prune) {
                    seen.add(Iris.articleGraph(p.article().id()).getURI());
                }
                if (p.reject() != null) {
                    rejects.add(p.reject());
                    return;
                }
                batch.add(p);
                if (batch.size() >= BATCH) {
                    writer.write(List.copyOf(batch));
                    batch.clear();
                }
            })) {
                reader.read(inputs, workers::submit, rejects::add);
            }
            if (!batch.isEmpty()) {
                writer.write(List.copyOf(batch));
            }
        }
        // a rejected file's articles were not seen but are not gone: prune only after a clean read
        int pruned = prune && rejects.stream().allMatch(r -> seen.contains(Iris.articleGraph(r.record()).getURI()))
                ? store.dropArticlesExcept(seen) : 0;
        double seconds = (System.nanoTime() - t0) / 1e9;
        Summary s = new Summary(articles[0], writer.added, writer.replaced, writer.unchanged, rejects.size(), pruned,
                writer.mentions, writer.events, writer.quads, store.quadCount(), seconds, extractNanos.sum() / 1e9,
                mapNanos.sum() / 1e9, writer.writeNanos.sum() / 1e9, writer.compactions, writer.compactNanos / 1e9,
                rejects, List.copyOf(writer.addedIds));
        store.appendRun(RunRecord.of(started, Instant.now(), inputs, s.articles(), s.added(), s.replaced(),
                s.unchanged(), s.rejected(), s.pruned(), PIPELINE_VERSION, NerModel.bundledChecksum()));
        return s;
    }

    /**
     * Writes batches of prepared articles on a thread of its own, one transaction each and in input
     * order, while the caller goes on preparing the next batch: with one batch in flight and one filling,
     * extraction and writing overlap instead of taking turns. Counts what was stored; looks at the
     * store's size for compaction between batches, when no write is in flight.
     */
    private static final class BatchWriter implements AutoCloseable {
        private final Store store;
        private final Compaction compaction;
        private final List<Reject> rejects;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-writer");
            t.setDaemon(true);
            return t;
        });
        private List<Prepared> inFlight = List.of();
        private Future<List<Store.Outcome>> outcomes;
        private final LongAdder writeNanos = new LongAdder();
        private int added;
        private final List<String> addedIds = new ArrayList<>();
        private int replaced;
        private int unchanged;
        private int mentions;
        private int events;
        private long quads;
        private int batches;
        private int compactions;
        private long compactNanos;

        BatchWriter(Store store, Compaction compaction, List<Reject> rejects) {
            this.store = store;
            this.compaction = compaction;
            this.rejects = rejects;
        }

        /** Waits for the batch before, then starts writing this one. */
        void write(List<Prepared> batch) {
            settle();
            inFlight = batch;
            outcomes = thread.submit(() -> {
                long t = System.nanoTime();
                try {
                    return store.putArticles(batch.stream().map(Prepared::mapped).toList());
                } finally {
                    writeNanos.add(System.nanoTime() - t);
                }
            });
        }

        /** Waits for the batch in flight, if any, and counts it. */
        private void settle() {
            if (outcomes == null) {
                return;
            }
            try {
                List<Store.Outcome> done = outcomes.get();
                for (int i = 0; i < inFlight.size(); i++) {
                    Prepared p = inFlight.get(i);
                    switch (done.get(i)) {
                        case ADDED -> {
                            added++;
                            addedIds.add(p.article().id());
                        }
                        case REPLACED -> replaced++;
                        case UNCHANGED -> unchanged++;
                    }
                    mentions += p.analysis().mentions().size();
                    events += p.analysis().events().size();
                    if (done.get(i) != Store.Outcome.UNCHANGED) {
                        quads += p.mapped().article().size();
                    }
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RuntimeException cause)) {
                    throw new IllegalStateException("writing to the store failed", e.getCause());
                }
                inFlight.forEach(p -> rejects.add(new Reject(p.article().id(), "could not be stored: " + cause)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing to the store", e);
            }
            outcomes = null;
            inFlight = List.of();
            if (++batches % BATCHES_PER_COMPACTION_CHECK == 0) {
                long t = System.nanoTime();
                if (store.compactIfGrown(compaction)) {
                    compactions++;
                    compactNanos += System.nanoTime() - t;
                }
            }
        }

        @Override
        public void close() {
            try {
                settle();
            } finally {
                thread.shutdown();
            }
        }
    }
}
