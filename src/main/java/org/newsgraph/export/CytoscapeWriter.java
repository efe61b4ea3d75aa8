package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.newsgraph.export.Network.Column;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Vertex;

/** Cytoscape.js JSON (Cytoscape desktop imports it too): integer columns as JSON numbers. */
final class CytoscapeWriter {

    private CytoscapeWriter() {
    }

    static void write(Network net, OutputStream out) throws IOException {
        ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = json.createObjectNode();
        root.putObject("data").put("name", "newsgraph " + net.kind().cliName());
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (Vertex v : net.nodes()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", v.id());
            d.put("label", v.label());
            d.put("name", v.label());
            putColumns(d, net.nodeColumns(), v.data());
        }
        ArrayNode edges = elements.putArray("edges");
        for (Edge e : net.edges()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            putColumns(d, net.edgeColumns(), e.data());
        }
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        json.writer(new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf)).writeValue(out, root);
        out.write('\n');
    }

    private static void putColumns(ObjectNode d, List<Column> columns, Map<String, String> data) {
        for (Column c : columns) {
            String value = data.get(c.name());
            if (value != null && c.integer()) {
                d.put(c.name(), Long.parseLong(value));
            } else if (value != null) {
                d.put(c.name(), value);
            }
        }
    }
}
