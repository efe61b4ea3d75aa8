package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One ingest run as a PROV-O activity: when it started and ended, what it read, what it did, and which
 * tool and model versions did it. Runs live in their own graph, a log that grows by one run each time;
 * the article and enrichment graphs do not depend on it.
 */
public final class RunRecord {

    private RunRecord() {
    }

    public static Graph of(Instant started, Instant ended, List<Path> inputs, int articles, int added, int replaced,
                           int unchanged, int rejected, int pruned, String pipelineVersion, String modelChecksum) {
        Graph g = GraphFactory.createDefaultGraph();
        Node run = NodeFactory.createURI(Vocab.ID + "run/" + started.toString());
        add(g, run, TYPE, INGEST_RUN);
        add(g, run, TYPE, ACTIVITY);
        add(g, run, STARTED, NodeFactory.createLiteralDT(started.toString(), XSDDatatype.XSDdateTime));
        add(g, run, ENDED, NodeFactory.createLiteralDT(ended.toString(), XSDDatatype.XSDdateTime));
        for (Path p : inputs) {
            add(g, run, INPUT, NodeFactory.createLiteralString(p.toString()));
        }
        count(g, run, "articles", articles);
        count(g, run, "added", added);
        count(g, run, "replaced", replaced);
        count(g, run, "unchanged", unchanged);
        count(g, run, "rejected", rejected);
        count(g, run, "pruned", pruned);
        add(g, run, TOOL_VERSION, NodeFactory.createLiteralString(pipelineVersion));
        add(g, run, MODEL_VERSION, NodeFactory.createLiteralString(modelChecksum));
        return g;
    }

    private static void count(Graph g, Node run, String what, int n) {
        add(g, run, NodeFactory.createURI(Vocab.NG + what), NodeFactory.createLiteralDT(Integer.toString(n),
                XSDDatatype.XSDinteger));
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
