package org.newsgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;

/**
 * The TDB2 database: one named graph per article, one for shared reference data. Every change is one
 * write transaction, so a failure or a kill leaves the previous state.
 *
 * <p>TDB2 allows one JVM per database directory: run {@code ingest} while {@code serve} is stopped (or
 * send updates through the server).
 */
public final class Store implements AutoCloseable {

    /** What happened to an article on {@link #putArticle}. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    private final Dataset dataset;

    private Store(Dataset dataset) {
        this.dataset = dataset;
    }

    public static Store open(Path dir) {
        return new Store(TDB2Factory.connectDataset(dir.toString()));
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /**
     * Stores an article graph in one transaction: unchanged (same content hash) articles are left alone,
     * changed ones have their graph replaced whole. Reference triples are added to the reference graph.
     */
    public Outcome putArticle(ArticleMapper.Mapped m) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Node graph = m.graphName();
            boolean exists = dsg.containsGraph(graph) && !dsg.getGraph(graph).isEmpty();
            if (exists && storedHashIs(dsg.getGraph(graph), m.contentHash())) {
                return Outcome.UNCHANGED;
            }
            if (exists) {
                dsg.removeGraph(graph);
            }
            addAll(dsg, graph, m.article());
            addAll(dsg, Iris.REFERENCE_GRAPH, m.reference());
            return exists ? Outcome.REPLACED : Outcome.ADDED;
        });
    }

    /** Adds triples to the reference graph (ontology terms, event types); set semantics, so idempotent. */
    public void addReference(Graph g) {
        Txn.executeWrite(dataset, () -> addAll(dataset.asDatasetGraph(), Iris.REFERENCE_GRAPH, g));
    }

    /** Replaces a whole named graph (used by enrichment passes that rebuild their graph on every run). */
    public void replaceGraph(Node graph, Graph content) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.removeGraph(graph);
            addAll(dsg, graph, content);
        });
    }

    /** Appends a run record to the runs graph. */
    public void appendRun(Graph run) {
        Txn.executeWrite(dataset, () -> addAll(dataset.asDatasetGraph(), Iris.RUNS_GRAPH, run));
    }

    /**
     * Drops every article graph not named in {@code keep} (graph IRIs), each in its own transaction.
     *
     * @return how many were dropped
     */
    public int dropArticlesExcept(Set<String> keep) {
        String prefix = Iris.articleGraph("").getURI();
        List<Node> stale = Txn.calculateRead(dataset, () -> {
            List<Node> out = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(prefix) && !keep.contains(g.getURI())) {
                    out.add(g);
                }
            });
            return out;
        });
        for (Node g : stale) {
            Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(g));
        }
        return stale.size();
    }

    /** Quads of data: everything but the runs log, which grows by one record per run. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            Iterator<Quad> it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                if (!it.next().getGraph().equals(Iris.RUNS_GRAPH)) {
                    n++;
                }
            }
            return n;
        });
    }

    private static boolean storedHashIs(Graph g, String hash) {
        return g.find(Node.ANY, Vocab.CONTENT_HASH, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(hash));
    }

    private static void addAll(DatasetGraph dsg, Node graph, Graph g) {
        Iterator<Triple> it = g.find();
        while (it.hasNext()) {
            Triple t = it.next();
            dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
