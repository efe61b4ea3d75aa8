package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/** Checks an article graph against {@code ontology/shapes.ttl} before it may enter the store. */
public final class ShapeGate {

    private final Shapes shapes;

    public ShapeGate(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes bundled with newsgraph (a copy of ontology/shapes.ttl on the classpath). */
    public static ShapeGate bundled() {
        return new ShapeGate(Shapes.parse(loadBundled("shapes.ttl")));
    }

    /** Parses a bundled ontology file (shapes.ttl, newsgraph.ttl, event-types.ttl) from the classpath. */
    public static Graph loadBundled(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeGate.class.getResourceAsStream("/ontology/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /ontology/" + name);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** Empty when the graph conforms; otherwise one readable line per violation. */
    public List<String> violations(Graph article) {
        ValidationReport report = ShaclValidator.get().validate(shapes, article);
        if (report.conforms()) {
            return List.of();
        }
        return report.getEntries().stream().map(ShapeGate::describe).sorted().toList();
    }

    private static String describe(ReportEntry e) {
        return e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + ": " + e.message();
    }
}
