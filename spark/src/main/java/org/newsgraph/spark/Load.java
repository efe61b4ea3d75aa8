package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Loads a run's N-Quads into a newsgraph store through the store's own writes, as {@code ingest} does: each
 * article graph replaces the stored one (an unchanged one, same content hash, is left alone), reference
 * triples are added, and the entities and met-with graphs are replaced whole in one transaction. The name
 * index is kept up to date, and loading a run twice changes nothing. So a full run loads into an empty
 * store and an incremental run's delta into the store of the runs before it. (Jena's bulk loaders,
 * {@code tdb2.tdbloader} and {@code tdb2.xloader}, load a full run into an empty database faster, without
 * the name index.)
 */
@Command(name = "newsgraph-spark load", mixinStandardHelpOptions = true,
        description = "Load the N-Quads of a Spark run (or its delta) into a newsgraph TDB2 store.")
public final class Load implements Callable<Integer> {

    /** Article graphs written per transaction, as ingest batches them. */
    private static final int BATCH = 256;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "output directories of runs, or .nq files")
    List<Path> runs;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "the TDB2 store")
    Path storeDir;

    /** What a load did. */
    record Counts(long articles, long unchanged, long referenceQuads, long enrichmentQuads) {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Load()).execute(args));
    }

    @Override
    public Integer call() {
        try (Store store = Store.open(storeDir)) {
            Counts c = load(files(runs), store);
            System.out.printf("{\"loaded\":%d,\"unchanged\":%d,\"referenceQuads\":%d,\"enrichmentQuads\":%d}%n",
                    c.articles(), c.unchanged(), c.referenceQuads(), c.enrichmentQuads());
            return 0;
        }
    }

    /** The N-Quads files of the given runs: their article, reference and enrichment part files, in order. */
    static List<Path> files(List<Path> runs) {
        List<Path> out = new ArrayList<>();
        for (Path run : runs) {
            if (!Files.isDirectory(run)) {
                out.add(run);
                continue;
            }
            for (String part : List.of("articles", "reference", "enrichment")) {
                try (Stream<Path> files = Files.list(run.resolve(part))) {
                    files.filter(f -> f.getFileName().toString().matches("part-.*\\.nq(\\.gz)?")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + run.resolve(part), e);
                }
            }
        }
        return out;
    }

    static Counts load(List<Path> files, Store store) {
        Loader loader = new Loader(store);
        for (Path f : files) {
            // a run's enrichment graphs are whole, even when empty: they replace the stored ones
            loader.enrichmentGiven |= f.getParent() != null && f.getParent().getFileName().toString().equals("enrichment");
            RDFParser.source(f).lang(Lang.NQUADS).parse(loader);
            loader.flushArticle();
        }
        loader.complete();
        return new Counts(loader.articles, loader.unchanged, loader.referenceQuads, loader.enrichmentQuads);
    }

    /** Collects the quads graph by graph; an article graph must come in one piece, as the job writes it. */
    private static final class Loader extends StreamRDFBase {
        private final Store store;
        private final Set<Node> seen = new HashSet<>();
        private final List<ArticleMapper.Mapped> batch = new ArrayList<>();
        private final Map<Node, Graph> enrichment = Map.of(Iris.ENTITIES_GRAPH, GraphFactory.createDefaultGraph(),
                Iris.MET_WITH_GRAPH, GraphFactory.createDefaultGraph());
        private Graph reference = GraphFactory.createDefaultGraph();
        private Node current;
        private Graph article;
        private long articles;
        private long unchanged;
        private long referenceQuads;
        private long enrichmentQuads;
        private boolean enrichmentGiven;

        Loader(Store store) {
            this.store = store;
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (enrichment.containsKey(g)) {
                enrichment.get(g).add(q.asTriple());
                enrichmentQuads++;
            } else if (g.equals(Iris.REFERENCE_GRAPH)) {
                referenceTriple(q);
            } else if (g.equals(Iris.RUNS_GRAPH)) {
                throw new IllegalArgumentException("a run's output holds no run log; this is not a newsgraph-spark run");
            } else {
                if (!g.equals(current)) {
                    flushArticle();
                    if (!seen.add(g)) {
                        throw new IllegalArgumentException("the quads of graph " + g + " are not in one piece");
                    }
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

        void flushArticle() {
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
            for (Store.Outcome o : store.putArticles(List.copyOf(batch))) {
                articles++;
                if (o == Store.Outcome.UNCHANGED) {
                    unchanged++;
                }
            }
            batch.clear();
        }

        void complete() {
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
}
