package org.newsgraph;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.newsgraph.store.Store;

/**
 * Reads inputs, extracts, maps to RDF, checks each article graph against the SHACL shapes and stores it:
 * one article per transaction, so a rejected or failed article never leaves half a graph behind.
 * Unchanged articles (same content hash) are skipped; with pruning, articles no longer in the input are
 * dropped. Every run is recorded as a PROV-O activity in the runs graph.
 */
public final class Ingester {

    /** Version of the extraction pipeline; part of every article's content hash. */
    public static final String PIPELINE_VERSION = "newsgraph-0.1.0";

    /** What one run did. */
    public record Summary(int articles, int added, int replaced, int unchanged, int rejected, int pruned,
                          int mentions, int events, long quadsWritten, long quadsInStore, double seconds,
                          List<Reject> rejects) {
    }

    private final Pipeline pipeline;
    private final ArticleMapper mapper;
    private final ShapeGate gate;

    public Ingester(Lexicons lexicons) {
        this(lexicons, ShapeGate.bundled());
    }

    /** With a given shape gate (tests use stricter shapes). */
    public Ingester(Lexicons lexicons, ShapeGate gate) {
        this.pipeline = Pipeline.standard(lexicons);
        this.mapper = new ArticleMapper(Gazetteer.load(lexicons), PIPELINE_VERSION);
        this.gate = gate;
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
        int[] c = new int[6]; // articles, added, replaced, unchanged, mentions, events
        long[] quads = new long[1];
        Set<String> seen = new HashSet<>();
        List<Reject> rejects = new ArrayList<>();
        reader.read(inputs, article -> {
            c[0]++;
            progress.accept(article);
            seen.add(Iris.articleGraph(article.id()).getURI());
            try {
                Analysis analysis = pipeline.run(article);
                ArticleMapper.Mapped mapped = mapper.map(analysis);
                List<String> violations = gate.violations(mapped.article());
                if (!violations.isEmpty()) {
                    rejects.add(new Reject(article.id(), "graph violates the shapes: " + String.join("; ", violations)));
                    return;
                }
                Store.Outcome outcome = store.putArticle(mapped);
                switch (outcome) {
                    case ADDED -> c[1]++;
                    case REPLACED -> c[2]++;
                    case UNCHANGED -> c[3]++;
                }
                c[4] += analysis.mentions().size();
                c[5] += analysis.events().size();
                if (outcome != Store.Outcome.UNCHANGED) {
                    quads[0] += mapped.article().size();
                }
            } catch (RuntimeException e) {
                rejects.add(new Reject(article.id(), "failed: " + e));
            }
        }, rejects::add);
        int pruned = prune ? store.dropArticlesExcept(seen) : 0;
        double seconds = (System.nanoTime() - t0) / 1e9;
        Summary s = new Summary(c[0], c[1], c[2], c[3], rejects.size(), pruned, c[4], c[5], quads[0],
                store.quadCount(), seconds, rejects);
        store.appendRun(RunRecord.of(started, Instant.now(), inputs, s.articles(), s.added(), s.replaced(),
                s.unchanged(), s.rejected(), s.pruned(), PIPELINE_VERSION, NerModel.bundledChecksum()));
        return s;
    }
}
