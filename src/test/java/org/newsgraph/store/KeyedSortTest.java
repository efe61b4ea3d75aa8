package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's ORDER BY gives Jena's order, row for row, with the sort keys computed once per row. */
class KeyedSortTest {

    private static final String NS = "https://example.org/";
    private static final Node GRAPH = NodeFactory.createURI(NS + "g");

    private static final String LIMITED =
            "SELECT ?s ?n WHERE { GRAPH ?g { ?s <" + NS + "n> ?n } } ORDER BY DESC(?n) LIMIT 5000 OFFSET 7";
    private static final String OFFSET_ONLY = "SELECT ?s WHERE { GRAPH ?g { ?s <" + NS + "n> ?n } } ORDER BY ?n OFFSET 50";

    /** Ties, equal values of different forms, language tags, unbound keys, mixed types, expressions. */
    private static final List<String> QUERIES = List.of(
            "SELECT ?s ?n ?l WHERE { GRAPH ?g { ?s <" + NS + "n> ?n OPTIONAL { ?s <" + NS + "l> ?l } } }"
                    + " ORDER BY DESC(?n) ?l",
            "SELECT ?s ?n ?l WHERE { GRAPH ?g { ?s <" + NS + "n> ?n OPTIONAL { ?s <" + NS + "l> ?l } } }"
                    + " ORDER BY ?l DESC(?s)",
            "SELECT ?s ?l WHERE { GRAPH ?g { ?s <" + NS + "n> ?n OPTIONAL { ?s <" + NS + "l> ?l } } }"
                    + " ORDER BY DESC(STRLEN(STR(?l))) ?n",
            "SELECT ?s ?n WHERE { GRAPH ?g { ?s <" + NS + "n> ?n } } ORDER BY ?n LIMIT 7",
            "SELECT ?s ?n WHERE { GRAPH ?g { ?s <" + NS + "n> ?n } } ORDER BY DESC(?n) ?s LIMIT 3 OFFSET 2",
            "SELECT DISTINCT ?n WHERE { GRAPH ?g { ?s <" + NS + "n> ?n } } ORDER BY DESC(?n) LIMIT 4",
            "SELECT ?s WHERE { GRAPH ?g { ?s <" + NS + "n> ?n } } ORDER BY ?n LIMIT 0",
            // at 1,000 rows and more Jena sorts everything and then slices; the store keeps the top rows only
            LIMITED,
            "SELECT * WHERE { GRAPH ?g { ?s <" + NS + "n> ?n OPTIONAL { ?s <" + NS + "l> ?l } } }"
                    + " ORDER BY ?l ?n LIMIT 2000",
            OFFSET_ONLY);

    @TempDir
    Path tmp;

    @Test
    void ordersRowsAsJenaDoesBeforeAndAfterACompaction() {
        Graph rows = rows();
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            store.write(() -> {
                store.addInTransaction(GRAPH, rows);
                return null;
            });
            assertSame(KeyedSort.FACTORY, QC.getFactory(store.datasetGraph().getContext()));
            for (String query : QUERIES) {
                assertEquals(jenasOrder(store, query), store.select(query, ResultFormat.TSV), query);
            }
            store.compact();
            assertSame(KeyedSort.FACTORY, QC.getFactory(store.datasetGraph().getContext()),
                    "a new generation still sorts with keys");
            assertEquals(jenasOrder(store, QUERIES.get(0)), store.select(QUERIES.get(0), ResultFormat.TSV));
        }
    }

    @Test
    void aSortUnderALimitKeepsOnlyTheRowsItCanReturn() {
        Op plan = Algebra.compile(QueryFactory.create(LIMITED));
        Op bounded = KeyedSort.bounded((OpSlice) plan);
        OpTopN top = (OpTopN) ((OpProject) ((OpSlice) bounded).getSubOp()).getSubOp();
        assertEquals(5007, top.getLimit(), bounded.toString());
        Op unlimited = Algebra.compile(QueryFactory.create(OFFSET_ONLY));
        assertSame(unlimited, KeyedSort.bounded((OpSlice) unlimited), "OFFSET alone bounds nothing");
    }

    /** The same query on the same store with TDB2's own executor, which sorts with Jena's comparator. */
    private static String jenasOrder(Store store, String query) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                    .set(ARQConstants.sysOpExecutorFactory, OpExecutorTDB2.OpExecFactoryTDB).build()) {
                return ResultFormat.TSV.write(qe.execSelect());
            }
        });
    }

    /** 60 subjects: few distinct numbers (integers, decimals, a string), labels with and without tags. */
    private static Graph rows() {
        Graph g = GraphFactory.createDefaultGraph();
        Node n = NodeFactory.createURI(NS + "n");
        Node l = NodeFactory.createURI(NS + "l");
        for (int i = 0; i < 60; i++) {
            Node s = NodeFactory.createURI(NS + "s" + (i * 37 % 60));
            g.add(s, n, switch (i % 7) {
                case 0 -> NodeFactory.createLiteralDT(Integer.toString(i % 5), XSDDatatype.XSDdecimal);
                case 1 -> NodeFactory.createLiteralString("x" + i % 3);
                default -> NodeFactory.createLiteralDT(Integer.toString(i % 5), XSDDatatype.XSDinteger);
            });
            if (i % 4 != 0) {
                g.add(s, l, i % 3 == 0 ? NodeFactory.createLiteralLang("名" + i % 6, "zh")
                        : NodeFactory.createLiteralString("名" + i % 6));
            }
        }
        return g;
    }
}
