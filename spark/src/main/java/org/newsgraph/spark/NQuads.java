package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/** A graph as N-Quads lines in a named graph, one quad a line, as Jena writes them. */
final class NQuads {

    private NQuads() {
    }

    static List<String> lines(Node graphName, Graph g) {
        List<String> out = new ArrayList<>(g.size());
        Iterator<Triple> it = g.find();
        while (it.hasNext()) {
            out.add(NodeFmtLib.strNQ(Quad.create(graphName, it.next())));
        }
        return out;
    }
}
