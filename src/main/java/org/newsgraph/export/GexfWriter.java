package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.export.Network.Column;
import org.newsgraph.export.Network.Edge;
import org.newsgraph.export.Network.Kind;
import org.newsgraph.export.Network.Vertex;

import static org.newsgraph.export.Network.WEIGHT;

/** GEXF 1.3 (Gephi): the weight column as the edge weight, the other columns as attributes. */
final class GexfWriter {

    private static final String GEXF_NS = "http://gexf.net/1.3";

    private GexfWriter() {
    }

    /** Writes the document inside {@link Xml#write}. */
    static void write(Network net, XMLStreamWriter w) throws XMLStreamException {
        Xml.startRoot(w, GEXF_NS, "gexf", GEXF_NS + " http://gexf.net/1.3/gexf.xsd");
        w.writeAttribute("version", "1.3");
        meta(net, w);
        Xml.newline(w, 1);
        w.writeStartElement(GEXF_NS, "graph");
        w.writeAttribute("defaultedgetype", "undirected");
        w.writeAttribute("mode", "static");
        List<Column> edgeAttributes = net.edgeColumns().stream().filter(c -> !c.name().equals(WEIGHT)).toList();
        gexfAttributes(w, "node", net.nodeColumns());
        gexfAttributes(w, "edge", edgeAttributes);
        Xml.newline(w, 2);
        w.writeStartElement(GEXF_NS, "nodes");
        for (Vertex v : net.nodes()) {
            Xml.newline(w, 3);
            w.writeStartElement(GEXF_NS, "node");
            w.writeAttribute("id", v.id());
            w.writeAttribute("label", Xml.clean(v.label()));
            attvalues(w, net.nodeColumns(), v.data());
            w.writeEndElement();
        }
        Xml.newline(w, 2);
        w.writeEndElement();
        Xml.newline(w, 2);
        w.writeStartElement(GEXF_NS, "edges");
        for (Edge e : net.edges()) {
            Xml.startEdge(w, GEXF_NS, 3, e);
            if (e.data().containsKey(WEIGHT)) {
                w.writeAttribute(WEIGHT, e.data().get(WEIGHT));
            }
            attvalues(w, edgeAttributes, e.data());
            w.writeEndElement();
        }
        Xml.newline(w, 2);
        w.writeEndElement();
        Xml.end(w, 1, 0);
    }

    private static void meta(Network net, XMLStreamWriter w) throws XMLStreamException {
        Xml.newline(w, 1);
        w.writeStartElement(GEXF_NS, "meta");
        Xml.newline(w, 2);
        w.writeStartElement(GEXF_NS, "creator");
        w.writeCharacters("newsgraph");
        w.writeEndElement();
        Xml.newline(w, 2);
        w.writeStartElement(GEXF_NS, "description");
        w.writeCharacters(net.kind() == Kind.MET_WITH ? "who met whom: people who took part in the same events"
                : "persons, organisations, events and places");
        w.writeEndElement();
        Xml.newline(w, 1);
        w.writeEndElement();
    }

    private static void gexfAttributes(XMLStreamWriter w, String cls, List<Column> columns) throws XMLStreamException {
        Xml.newline(w, 2);
        w.writeStartElement(GEXF_NS, "attributes");
        w.writeAttribute("class", cls);
        w.writeAttribute("mode", "static");
        for (Column c : columns) {
            Xml.newline(w, 3);
            w.writeEmptyElement(GEXF_NS, "attribute");
            w.writeAttribute("id", c.name());
            w.writeAttribute("title", c.name());
            w.writeAttribute("type", c.integer() ? "integer" : "string");
        }
        Xml.newline(w, 2);
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, List<Column> columns, Map<String, String> data)
            throws XMLStreamException {
        List<Column> present = columns.stream().filter(c -> data.containsKey(c.name())).toList();
        if (present.isEmpty()) {
            return;
        }
        w.writeStartElement(GEXF_NS, "attvalues");
        for (Column c : present) {
            w.writeEmptyElement(GEXF_NS, "attvalue");
            w.writeAttribute("for", c.name());
            w.writeAttribute("value", Xml.clean(data.get(c.name())));
        }
        w.writeEndElement();
    }
}
