package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.export.Exporter;
import org.newsgraph.export.Format;
import org.newsgraph.export.Network;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph export --format graphml|gexf|csv|cytoscape [--graph met-with|full] [--out FILE]}: the
 * who-met-whom network or the person–organisation–event graph in a format Gephi and Cytoscape open as is.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the who-met-whom network (met-with) or the person–organisation–event graph (full) "
                + "as GraphML, GEXF (Gephi), CSV node and edge tables or Cytoscape.js JSON.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, csv or cytoscape")
    String format;

    @Option(names = "--graph", defaultValue = "met-with", paramLabel = "GRAPH",
            description = "met-with (persons linked by shared events) or full (persons, organisations, events, "
                    + "places) (default: ${DEFAULT-VALUE})")
    String graph;

    @Option(names = "--out", paramLabel = "FILE",
            description = "file to write (default: standard output); csv writes FILE-nodes.csv and FILE-edges.csv "
                    + "and needs --out")
    Path out;

    @Override
    public Integer call() {
        Format f;
        Network.Kind kind;
        try {
            f = Format.of(format);
            kind = Network.Kind.of(graph);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (f == Format.CSV && out == null) {
            System.err.println("error: csv writes two files (nodes and edges): give --out FILE");
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(store.dir)) {
            System.err.println("error: no store at " + store.dir + "; run 'newsgraph ingest' first");
            return ExitCode.FAILURE;
        }
        Network net;
        try (Store db = Store.open(store.dir)) {
            net = new Exporter().read(db, kind);
        } catch (RuntimeException e) {
            System.err.println("error: cannot read store " + store.dir + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        try {
            if (f == Format.CSV) {
                Exporter.writeCsv(net, out).forEach(p -> System.err.println("wrote " + p));
            } else if (out == null) {
                Exporter.write(net, f, System.out);
            } else {
                try (OutputStream os = Files.newOutputStream(out)) {
                    Exporter.write(net, f, os);
                }
                System.err.println("wrote " + out);
            }
        } catch (IOException e) {
            System.err.println("error: cannot write " + (out == null ? "the export" : out) + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        System.err.println(net.nodes().size() + " nodes, " + net.edges().size() + " edges");
        return ExitCode.OK;
    }
}
