package org.newsgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Vertex;

import static org.newsgraph.export.Network.WEIGHT;

/** CSV node and edge tables for Gephi's spreadsheet import. */
final class CsvWriter {

    private CsvWriter() {
    }

    /**
     * Writes the CSV node and edge tables next to {@code out}: {@code NAME-nodes.csv} and
     * {@code NAME-edges.csv}, where NAME is {@code out} without a {@code .csv} ending.
     *
     * @return the two files written, nodes first
     */
    static List<Path> write(Network net, Path out) throws IOException {
        String base = out.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Path nodes = out.resolveSibling(base + "-nodes.csv");
        Path edges = out.resolveSibling(base + "-edges.csv");
        try (Writer w = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
            csvNodes(net, w);
        }
        try (Writer w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
            csvEdges(net, w);
        }
        return List.of(nodes, edges);
    }

    /** Gephi's spreadsheet import recognises Id and Label. */
    private static void csvNodes(Network net, Writer w) throws IOException {
        List<String> header = new ArrayList<>(List.of("Id", "Label"));
        net.nodeColumns().forEach(c -> header.add(c.name()));
        csvRow(w, header);
        for (Vertex v : net.nodes()) {
            List<String> row = new ArrayList<>(List.of(v.id(), v.label()));
            net.nodeColumns().forEach(c -> row.add(v.data().getOrDefault(c.name(), "")));
            csvRow(w, row);
        }
    }

    /** Gephi's spreadsheet import recognises Source, Target, Type (Undirected), Id and Weight. */
    private static void csvEdges(Network net, Writer w) throws IOException {
        List<String> header = new ArrayList<>(List.of("Source", "Target", "Type", "Id"));
        net.edgeColumns().forEach(c -> header.add(c.name().equals(WEIGHT) ? "Weight" : c.name()));
        csvRow(w, header);
        for (Edge e : net.edges()) {
            List<String> row = new ArrayList<>(List.of(e.source(), e.target(), "Undirected", e.id()));
            net.edgeColumns().forEach(c -> row.add(e.data().getOrDefault(c.name(), "")));
            csvRow(w, row);
        }
    }

    /** One RFC 4180 record: fields with a comma, quote, line break or edge space are quoted, quotes doubled. */
    static void csvRow(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (i > 0) {
                w.write(',');
            }
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
                    || !f.equals(f.strip());
            w.write(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        w.write("\r\n");
    }
}
