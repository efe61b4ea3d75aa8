package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.newsgraph.store.TextTable;

/** {@code newsgraph query} on a real temporary store. */
class QueryCommandTest {

    @TempDir
    Path tmp;

    @Test
    void withoutAStoreItFailsAndCreatesNothing() {
        Path none = tmp.resolve("data/tdb2");
        InProcess.Run r = InProcess.run("query", "who-met-whom-summary", "--store", none.toString());
        assertEquals(ExitCode.FAILURE, r.exit());
        assertTrue(r.err().contains("no store at") && r.err().contains("ingest"), r.err());
        assertFalse(Files.exists(none) || Files.exists(tmp.resolve("data")), "query created a store");
    }

    @Test
    void theTableShowsPlainValuesAlignedForChinese() throws Exception {
        Path dir = tmp.resolve("tdb2");
        try (Store store = Store.open(dir)) {
            Txn.executeWrite(store.datasetGraph(), () -> {
                add(store, "urn:a", "张新伟", "2021-10-07", "清徐县");
                add(store, "urn:b", "Bob", "2021-12-20", "Taiyuan city centre");
            });
        }
        Path rq = Files.writeString(tmp.resolve("q.rq"), "SELECT ?name ?date ?place ?s { GRAPH ?g { ?s <urn:name> ?name ; "
                + "<urn:date> ?date ; <urn:place> ?place } } ORDER BY ?date");
        InProcess.Run r = InProcess.run("query", rq.toString(), "--store", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("^^") || r.out().contains("\""), "literals printed as RDF terms:\n" + r.out());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(2).startsWith("张新伟  2021-10-07"), r.out());
        int placeColumn = columnOf(lines.get(0), "place");
        assertEquals(placeColumn, columnOf(lines.get(2), "清徐县"), "columns misaligned:\n" + r.out());
        assertEquals(placeColumn, columnOf(lines.get(3), "Taiyuan"), "columns misaligned:\n" + r.out());
        assertTrue(lines.stream().allMatch(l -> TextTable.width(l) < 100), "table too wide:\n" + r.out());
    }

    /** The terminal column at which {@code text} starts in {@code line}. */
    private static int columnOf(String line, String text) {
        return TextTable.width(line.substring(0, line.indexOf(text)));
    }

    private static void add(Store store, String s, String name, String date, String place) {
        Node g = NodeFactory.createURI("urn:g");
        Node subject = NodeFactory.createURI(s);
        store.datasetGraph().add(g, subject, NodeFactory.createURI("urn:name"), NodeFactory.createLiteralString(name));
        store.datasetGraph().add(g, subject, NodeFactory.createURI("urn:date"),
                NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
        store.datasetGraph().add(g, subject, NodeFactory.createURI("urn:place"), NodeFactory.createLiteralString(place));
    }
}
