package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.store.Store;

/**
 * Exports the who-met-whom network or the person–organisation–event graph for graph tools: GraphML
 * (Gephi, Cytoscape, yEd, NetworkX), GEXF 1.3 (Gephi), CSV node and edge tables (Gephi's spreadsheet
 * import) and Cytoscape.js JSON (Cytoscape desktop imports it too).
 *
 * <p>The store is read once, in one read transaction. Node ids are derived from the IRIs (so the same
 * person has the same id in both graphs and across exports) and everything is sorted, so the same store
 * always gives the same bytes and exports can be diffed.
 */
public final class Exporter {

    /** Reads one graph from the store. */
    public Network read(Store store, Network.Kind kind) {
        return new NetworkReader().read(store, kind);
    }

    /** Writes a single-file format (GraphML, GEXF, Cytoscape.js JSON); the stream is flushed, not closed. */
    public static void write(Network net, Format format, OutputStream out) throws IOException {
        switch (format) {
            case GRAPHML -> Xml.write(out, w -> GraphmlWriter.write(net, w));
            case GEXF -> Xml.write(out, w -> GexfWriter.write(net, w));
            case CYTOSCAPE -> CytoscapeWriter.write(net, out);
            case CSV -> throw new IllegalArgumentException("CSV is two files: use writeCsv");
        }
        out.flush();
    }

    /**
     * Writes the CSV node and edge tables next to {@code out}: {@code NAME-nodes.csv} and
     * {@code NAME-edges.csv}, where NAME is {@code out} without a {@code .csv} ending.
     *
     * @return the two files written, nodes first
     */
    public static List<Path> writeCsv(Network net, Path out) throws IOException {
        return CsvWriter.write(net, out);
    }
}
