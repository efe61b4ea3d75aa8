package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** What the XML formats share: a StAX document, indentation, and text cleaned to what XML 1.0 can carry. */
final class Xml {

    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private Xml() {
    }


    /** An XML body writer; the checked exception of StAX is passed through. */
    interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    static void write(OutputStream out, XmlBody body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** The root element in its own default namespace, with the schema location for validators. */
    static void startRoot(XMLStreamWriter w, String ns, String name, String schemaLocation) throws XMLStreamException {
        newline(w, 0);
        w.setDefaultNamespace(ns);
        w.writeStartElement(ns, name);
        w.writeDefaultNamespace(ns);
        w.writeNamespace("xsi", XSI_NS);
        w.writeAttribute(XSI_NS, "schemaLocation", schemaLocation);
    }

    /** An edge element at its indentation, with the id and the two node ids both formats use. */
    static void startEdge(XMLStreamWriter w, String ns, int depth, Network.Edge e) throws XMLStreamException {
        newline(w, depth);
        w.writeStartElement(ns, "edge");
        w.writeAttribute("id", e.id());
        w.writeAttribute("source", e.source());
        w.writeAttribute("target", e.target());
    }

    /** Closes the open elements, each on a line of its own at the given indentations, innermost first. */
    static void end(XMLStreamWriter w, int... depths) throws XMLStreamException {
        for (int depth : depths) {
            newline(w, depth);
            w.writeEndElement();
        }
    }

    static void newline(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * Text as XML 1.0 can carry it: characters XML forbids are dropped, and line breaks and tabs become
     * spaces because attribute values (GEXF labels) would lose them anyway.
     */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                sb.append(' ');
            } else if (cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
