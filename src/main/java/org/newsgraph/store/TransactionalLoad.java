package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;


/**
 * N-Quads into a store that already holds data, through the store's own writes as {@code ingest} makes
 * them: each article graph replaces the stored one (an unchanged one, same content hash, is left alone) in
 * batches of 256, one transaction each; reference triples are added; the entities and met-with graphs, when
 * given, replace the stored ones whole in one transaction. The name index stays up to date, and loading
 * the same files twice changes nothing. The run log of the input is left out.
 */
public final class TransactionalLoad extends StreamRDFBase {

    /** Article graphs written per transaction, as ingest batches them. */
    private static final int BATCH = 256;

    /** What a load did; {@code addedIds} are the ids of the articles it added. */
    public record Counts(long articles, long added, long replaced, long unchanged, long referenceQuads,
                  long enrichmentQuads, List<String> addedIds) {
    }

    private final Store store;
    private final List<ArticleMapper.Mapped> batch = new ArrayList<>();
    private final Map<Node, Graph> enrichment = Map.of(Iris.ENTITIES_GRAPH, GraphFactory.createDefaultGraph(),
            Iris.MET_WITH_GRAPH, GraphFactory.createDefaultGraph());
    private final List<String> addedIds = new ArrayList<>();
    private Graph reference = GraphFactory.createDefaultGraph();
    private Node current;
    private Graph article;
    private long articles;
    private long added;
    private long replaced;
    private long unchanged;
    private long referenceQuads;
    private long enrichmentQuads;

    private TransactionalLoad(Store store) {
        this.store = store;
    }

    /**
     * Loads checked files (see {@link NQuadsCheck}) whose article graphs each come in one piece.
     *
     * @param enrichmentGiven whether the input holds the enrichment graphs (even empty ones): they then
     *                        replace the stored ones
     */
    public static Counts load(List<Path> files, Store store, boolean enrichmentGiven) {
        TransactionalLoad loader = new TransactionalLoad(store);
        for (Path f : files) {
            try (InputStream in = NQuadsCheck.open(f)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(loader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
            loader.flushArticle();
        }
        loader.complete(enrichmentGiven);
        return new Counts(loader.articles, loader.added, loader.replaced, loader.unchanged, loader.referenceQuads,
                loader.enrichmentQuads, List.copyOf(loader.addedIds));
    }

    @Override
    public void quad(Quad q) {
        Node g = q.getGraph();
        if (enrichment.containsKey(g)) {
            enrichment.get(g).add(q.asTriple());
            enrichmentQuads++;
        } else if (g.equals(Iris.REFERENCE_GRAPH)) {
            referenceTriple(q);
        } else if (!g.equals(Iris.RUNS_GRAPH)) {
            if (!g.equals(current)) {
                flushArticle();
                current = g;
                article = GraphFactory.createDefaultGraph();
            }
            article.add(q.asTriple());
        }
    }

    private void referenceTriple(Quad q) {
        reference.add(q.asTriple());
        referenceQuads++;
        if (reference.size() >= 100_000) {
            store.addReference(reference);
            reference = GraphFactory.createDefaultGraph();
        }
    }

    private void flushArticle() {
        if (current != null) {
            String hash = article.find(Node.ANY, Vocab.CONTENT_HASH, Node.ANY).toList().stream()
                    .map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse("");
            batch.add(new ArticleMapper.Mapped(current, article, GraphFactory.createDefaultGraph(), hash));
            current = null;
            if (batch.size() >= BATCH) {
                writeBatch();
            }
        }
    }

    private void writeBatch() {
        List<Store.Outcome> outcomes = store.putArticles(List.copyOf(batch));
        for (int i = 0; i < outcomes.size(); i++) {
            articles++;
            switch (outcomes.get(i)) {
                case ADDED -> {
                    added++;
                    addedIds.add(articleId(batch.get(i).graphName()));
                }
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
        }
        batch.clear();
    }

    /** The article id a graph IRI was made from ({@link Iris#articleGraph}). */
    private static String articleId(Node graph) {
        String prefix = Iris.articleGraph("").getURI();
        String uri = graph.getURI();
        return uri.startsWith(prefix) ? Iris.decode(uri.substring(prefix.length())) : uri;
    }

    private void complete(boolean enrichmentGiven) {
        flushArticle();
        writeBatch();
        store.addReference(reference);
        if (enrichmentGiven || enrichmentQuads > 0) {
            store.write(() -> {
                enrichment.forEach(store::replaceGraphInTransaction);
                return null;
            });
        }
    }
}
