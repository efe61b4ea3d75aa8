package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.export.Network.Column;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Vertex;

/** GraphML (Gephi, Cytoscape, yEd, NetworkX): typed keys for every column, an undirected graph. */
final class GraphmlWriter {

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphmlWriter() {
    }

    /** Writes the document inside {@link Xml#write}. */
    static void write(Network net, XMLStreamWriter w) throws XMLStreamException {
        Xml.startRoot(w, GRAPHML_NS, "graphml", GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        List<Column> nodeKeys = new ArrayList<>(List.of(new Column("label", false)));
        nodeKeys.addAll(net.nodeColumns());
        for (Column c : nodeKeys) {
            key(w, "node", c);
        }
        for (Column c : net.edgeColumns()) {
            key(w, "edge", c);
        }
        Xml.newline(w, 1);
        w.writeStartElement(GRAPHML_NS, "graph");
        w.writeAttribute("id", net.kind().cliName());
        w.writeAttribute("edgedefault", "undirected");
        for (Vertex v : net.nodes()) {
            Xml.newline(w, 2);
            w.writeStartElement(GRAPHML_NS, "node");
            w.writeAttribute("id", v.id());
            data(w, "node", "label", v.label());
            for (Column c : net.nodeColumns()) {
                data(w, "node", c.name(), v.data().get(c.name()));
            }
            Xml.newline(w, 2);
            w.writeEndElement();
        }
        for (Edge e : net.edges()) {
            Xml.startEdge(w, GRAPHML_NS, 2, e);
            for (Column c : net.edgeColumns()) {
                data(w, "edge", c.name(), e.data().get(c.name()));
            }
            Xml.newline(w, 2);
            w.writeEndElement();
        }
        Xml.end(w, 1, 0);
    }

    private static void key(XMLStreamWriter w, String domain, Column c) throws XMLStreamException {
        Xml.newline(w, 1);
        w.writeEmptyElement(GRAPHML_NS, "key");
        w.writeAttribute("id", domain + "." + c.name());
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", c.name());
        w.writeAttribute("attr.type", c.integer() ? "int" : "string");
    }

    private static void data(XMLStreamWriter w, String domain, String column, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        Xml.newline(w, 3);
        w.writeStartElement(GRAPHML_NS, "data");
        w.writeAttribute("key", domain + "." + column);
        w.writeCharacters(Xml.clean(value));
        w.writeEndElement();
    }
}
