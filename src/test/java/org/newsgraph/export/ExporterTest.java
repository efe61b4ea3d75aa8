package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExporterTest {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF = "http://gexf.net/1.3";

    /**
     * The structural part of the GraphML 1.0 schema (graphml-structure.xsd with the attr.name and attr.type
     * of graphml-attributes.xsd; ports, hyperedges and locators left out): NMTOKEN ids, required
     * edgedefault, and the key/keyref constraints that every data refers to a declared key and every edge
     * to a node. The published schema needs the network; this copy keeps the test offline.
     */
    private static final String GRAPHML_XSD = """
            <xs:schema targetNamespace="http://graphml.graphdrawing.org/xmlns" xmlns="http://graphml.graphdrawing.org/xmlns"
              xmlns:g="http://graphml.graphdrawing.org/xmlns" xmlns:xs="http://www.w3.org/2001/XMLSchema"
              elementFormDefault="qualified" attributeFormDefault="unqualified">
             <xs:simpleType name="key.for.type"><xs:restriction base="xs:NMTOKEN">
              <xs:enumeration value="all"/><xs:enumeration value="graphml"/><xs:enumeration value="graph"/>
              <xs:enumeration value="node"/><xs:enumeration value="edge"/><xs:enumeration value="hyperedge"/>
              <xs:enumeration value="port"/><xs:enumeration value="endpoint"/></xs:restriction></xs:simpleType>
             <xs:simpleType name="key.type.type"><xs:restriction base="xs:NMTOKEN">
              <xs:enumeration value="boolean"/><xs:enumeration value="int"/><xs:enumeration value="long"/>
              <xs:enumeration value="float"/><xs:enumeration value="double"/><xs:enumeration value="string"/>
             </xs:restriction></xs:simpleType>
             <xs:simpleType name="graph.edgedefault.type"><xs:restriction base="xs:NMTOKEN">
              <xs:enumeration value="directed"/><xs:enumeration value="undirected"/></xs:restriction></xs:simpleType>
             <xs:complexType name="data.type" mixed="true">
              <xs:attribute name="key" type="xs:NMTOKEN" use="required"/>
              <xs:attribute name="time" type="xs:long" default="0"/><xs:attribute name="id" type="xs:NMTOKEN"/>
             </xs:complexType>
             <xs:complexType name="key.type"><xs:sequence><xs:element name="desc" type="xs:string" minOccurs="0"/>
               <xs:element name="default" minOccurs="0"/></xs:sequence>
              <xs:attribute name="id" type="xs:NMTOKEN" use="required"/>
              <xs:attribute name="dynamic" type="xs:boolean" default="false"/>
              <xs:attribute name="for" type="key.for.type" default="all"/>
              <xs:attribute name="attr.name" type="xs:NMTOKEN"/><xs:attribute name="attr.type" type="key.type.type"/>
             </xs:complexType>
             <xs:complexType name="node.type"><xs:sequence><xs:element name="desc" type="xs:string" minOccurs="0"/>
               <xs:element ref="data" minOccurs="0" maxOccurs="unbounded"/><xs:element ref="graph" minOccurs="0"/>
              </xs:sequence><xs:attribute name="id" type="xs:NMTOKEN" use="required"/></xs:complexType>
             <xs:complexType name="edge.type"><xs:sequence><xs:element name="desc" type="xs:string" minOccurs="0"/>
               <xs:element ref="data" minOccurs="0" maxOccurs="unbounded"/><xs:element ref="graph" minOccurs="0"/>
              </xs:sequence>
              <xs:attribute name="id" type="xs:NMTOKEN"/><xs:attribute name="directed" type="xs:boolean"/>
              <xs:attribute name="source" type="xs:NMTOKEN" use="required"/>
              <xs:attribute name="target" type="xs:NMTOKEN" use="required"/>
             </xs:complexType>
             <xs:complexType name="graph.type"><xs:sequence><xs:element name="desc" type="xs:string" minOccurs="0"/>
               <xs:choice minOccurs="0" maxOccurs="unbounded">
                <xs:element ref="data"/><xs:element ref="node"/><xs:element ref="edge"/></xs:choice></xs:sequence>
              <xs:attribute name="id" type="xs:NMTOKEN"/>
              <xs:attribute name="edgedefault" type="graph.edgedefault.type" use="required"/>
             </xs:complexType>
             <xs:complexType name="graphml.type"><xs:sequence><xs:element name="desc" type="xs:string" minOccurs="0"/>
               <xs:element name="key" type="key.type" minOccurs="0" maxOccurs="unbounded"/>
               <xs:choice minOccurs="0" maxOccurs="unbounded"><xs:element ref="graph"/><xs:element ref="data"/></xs:choice>
              </xs:sequence></xs:complexType>
             <xs:element name="data" type="data.type"/>
             <xs:element name="node" type="node.type">
              <xs:unique name="node_data"><xs:selector xpath="./g:data"/><xs:field xpath="@key"/></xs:unique>
             </xs:element>
             <xs:element name="edge" type="edge.type">
              <xs:unique name="edge_data"><xs:selector xpath="./g:data"/><xs:field xpath="@key"/></xs:unique>
             </xs:element>
             <xs:element name="graph" type="graph.type">
              <xs:key name="node_id"><xs:selector xpath=".//g:node"/><xs:field xpath="@id"/></xs:key>
              <xs:unique name="edge_id"><xs:selector xpath=".//g:edge"/><xs:field xpath="@id"/></xs:unique>
              <xs:keyref name="edge_source" refer="node_id"><xs:selector xpath=".//g:edge"/><xs:field xpath="@source"/></xs:keyref>
              <xs:keyref name="edge_target" refer="node_id"><xs:selector xpath=".//g:edge"/><xs:field xpath="@target"/></xs:keyref>
             </xs:element>
             <xs:element name="graphml" type="graphml.type">
              <xs:key name="key_id"><xs:selector xpath=".//g:key"/><xs:field xpath="@id"/></xs:key>
              <xs:keyref name="data_key" refer="key_id"><xs:selector xpath=".//g:data"/><xs:field xpath="@key"/></xs:keyref>
             </xs:element>
            </xs:schema>
            """;

    @TempDir
    static Path tmp;

    private static Store store;

    @BeforeAll
    static void ingestSeeds() {
        store = Store.open(tmp.resolve("tdb2"));
        new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(Path.of("seeds")), store, a -> { });
        new Enricher().enrich(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] export(Network.Kind kind, Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(new Exporter().read(store, kind), format, out);
        return out.toByteArray();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList list = doc.getElementsByTagNameNS(ns, name);
        return IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    @Test
    void graphmlIsValidAndHasTheSeedPairsAsEdges() throws Exception {
        byte[] graphml = export(Network.Kind.MET_WITH, Format.GRAPHML);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new StringReader(GRAPHML_XSD)))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(graphml)));
        Document doc = parse(graphml);
        assertEquals(GRAPHML, doc.getDocumentElement().getNamespaceURI());
        assertEquals("graphml", doc.getDocumentElement().getLocalName());
        assertEquals("undirected", elements(doc, GRAPHML, "graph").get(0).getAttribute("edgedefault"));
        Map<String, String> keyDomain = new HashMap<>();
        Map<String, String> keyName = new HashMap<>();
        for (Element k : elements(doc, GRAPHML, "key")) {
            keyDomain.put(k.getAttribute("id"), k.getAttribute("for"));
            keyName.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        assertTrue(keyName.containsValue("label") && keyName.containsValue("weight"), keyName.toString());
        for (Element d : elements(doc, GRAPHML, "data")) {
            String owner = ((Element) d.getParentNode()).getLocalName();
            assertEquals(owner, keyDomain.get(d.getAttribute("key")), "data key " + d.getAttribute("key") + " on " + owner);
        }
        Map<String, String> labels = new HashMap<>();
        for (Element n : elements(doc, GRAPHML, "node")) {
            for (Element d : dataOf(n)) {
                if (keyName.get(d.getAttribute("key")).equals("label")) {
                    labels.put(n.getAttribute("id"), d.getTextContent());
                }
            }
        }
        Set<String> pairs = new HashSet<>();
        for (Element e : elements(doc, GRAPHML, "edge")) {
            String a = labels.get(e.getAttribute("source"));
            String b = labels.get(e.getAttribute("target"));
            pairs.add(a.compareTo(b) < 0 ? a + "–" + b : b + "–" + a);
        }
        for (String expected : List.of("张勤–陈博", "张新伟–王剑峰", "张新伟–程永平", "裴耀军–韦韬")) {
            assertTrue(pairs.contains(expected), expected + " not among " + pairs);
        }
    }

    private static List<Element> dataOf(Element parent) {
        NodeList list = parent.getElementsByTagNameNS(GRAPHML, "data");
        return IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    @Test
    void gexfCytoscapeAndCsvCarryTheSameGraphAsGraphml() throws Exception {
        for (Network.Kind kind : Network.Kind.values()) {
            Document graphml = parse(export(kind, Format.GRAPHML));
            int nodes = elements(graphml, GRAPHML, "node").size();
            int edges = elements(graphml, GRAPHML, "edge").size();
            assertTrue(edges >= 4, kind + ": " + edges + " edges");

            Document gexf = parse(export(kind, Format.GEXF));
            assertEquals(GEXF, gexf.getDocumentElement().getNamespaceURI());
            assertEquals("1.3", gexf.getDocumentElement().getAttribute("version"));
            assertEquals("undirected", elements(gexf, GEXF, "graph").get(0).getAttribute("defaultedgetype"));
            assertEquals(nodes, elements(gexf, GEXF, "node").size(), kind + " GEXF nodes");
            assertEquals(edges, elements(gexf, GEXF, "edge").size(), kind + " GEXF edges");

            JsonNode cy = new ObjectMapper().readTree(export(kind, Format.CYTOSCAPE)).path("elements");
            assertEquals(nodes, cy.path("nodes").size(), kind + " Cytoscape nodes");
            assertEquals(edges, cy.path("edges").size(), kind + " Cytoscape edges");
            Set<String> ids = new HashSet<>();
            cy.path("nodes").forEach(n -> ids.add(n.path("data").path("id").asText()));
            cy.path("edges").forEach(e -> assertTrue(ids.contains(e.path("data").path("source").asText())
                    && ids.contains(e.path("data").path("target").asText()), e.toString()));

            List<Path> csv = Exporter.writeCsv(new Exporter().read(store, kind), tmp.resolve(kind.cliName() + ".csv"));
            assertEquals(List.of(tmp.resolve(kind.cliName() + "-nodes.csv"), tmp.resolve(kind.cliName() + "-edges.csv")), csv);
            List<String> nodeRows = Files.readAllLines(csv.get(0), StandardCharsets.UTF_8);
            List<String> edgeRows = Files.readAllLines(csv.get(1), StandardCharsets.UTF_8);
            assertTrue(nodeRows.get(0).startsWith("Id,Label,"), nodeRows.get(0));
            assertTrue(edgeRows.get(0).startsWith("Source,Target,Type,Id"), edgeRows.get(0));
            assertEquals(nodes + 1, nodeRows.size(), kind + " CSV node rows");
            assertEquals(edges + 1, edgeRows.size(), kind + " CSV edge rows");
        }
    }

    @Test
    void exportsAreByteIdentical() throws Exception {
        for (Network.Kind kind : Network.Kind.values()) {
            for (Format format : List.of(Format.GRAPHML, Format.GEXF, Format.CYTOSCAPE)) {
                assertArrayEquals(export(kind, format), export(kind, format), kind + " " + format);
            }
            List<Path> first = Exporter.writeCsv(new Exporter().read(store, kind), tmp.resolve("a-" + kind.cliName()));
            List<Path> second = Exporter.writeCsv(new Exporter().read(store, kind), tmp.resolve("b-" + kind.cliName()));
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
            }
        }
    }

    @Test
    void idsAreReadableXmlNameTokens() {
        assertEquals("person:140100.2F陈博", Network.id("https://w3id.org/newsgraph/id/person/140100%2F陈博"));
        assertEquals("place:name:a.2Eb.7E.C3.A9", Network.id("https://w3id.org/newsgraph/id/place/name/a.b~é"));
    }

    @Test
    void csvFieldsWithSeparatorsAreQuoted() throws Exception {
        StringWriter w = new StringWriter();
        CsvWriter.csvRow(w, List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded", "陈博"));
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",陈博\r\n", w.toString());
    }
}
