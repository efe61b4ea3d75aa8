package org.newsgraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Reject;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.store.Store;

/**
 * Reads inputs, extracts, maps to RDF, checks each article graph against the SHACL shapes and stores it:
 * one article per transaction, so a rejected or failed article never leaves half a graph behind.
 */
public final class Ingester {

    /** Version of the extraction pipeline; part of every article's content hash. */
    public static final String PIPELINE_VERSION = "newsgraph-0.1.0";

    /** What one run did. */
    public record Summary(int articles, int added, int replaced, int unchanged, int rejected, int mentions,
                          int events, long quadsWritten, long quadsInStore, double seconds, List<Reject> rejects) {
    }

    private final Pipeline pipeline;
    private final ArticleMapper mapper;
    private final ShapeGate gate;

    public Ingester(Lexicons lexicons) {
        this.pipeline = Pipeline.standard(lexicons);
        this.mapper = new ArticleMapper(Gazetteer.load(lexicons), PIPELINE_VERSION);
        this.gate = ShapeGate.bundled();
    }

    public Summary ingest(ArticleReader reader, List<Path> inputs, Store store, Consumer<Article> progress) {
        long t0 = System.nanoTime();
        store.addReference(ShapeGate.loadBundled("event-types.ttl"));
        int[] c = new int[7]; // articles, added, replaced, unchanged, mentions, events, quads written
        List<Reject> rejects = new ArrayList<>();
        reader.read(inputs, article -> {
            c[0]++;
            progress.accept(article);
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
                    c[6] += mapped.article().size();
                }
            } catch (RuntimeException e) {
                rejects.add(new Reject(article.id(), "failed: " + e));
            }
        }, rejects::add);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Summary(c[0], c[1], c[2], c[3], rejects.size(), c[4], c[5], c[6], store.quadCount(), seconds,
                rejects);
    }
}
