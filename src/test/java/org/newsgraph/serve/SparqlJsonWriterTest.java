package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

class SparqlJsonWriterTest {

    private static final String DATA = """
            @prefix ex: <http://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:a ex:label "陈博" ; ex:title "副市长"@zh ; ex:count 3 ; ex:date "2019-12-20"^^xsd:date ;
                 ex:knows [ ex:label "某人" ] ; ex:said "引号\\"与\\n换行" ; ex:about <<( ex:a ex:met ex:b )>> .
            """;

    private static final String QUERY = "SELECT ?s ?p ?o ?none WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o";

    @Test
    void writesTheSameResultsDocumentAsJena() throws Exception {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(DATA).lang(Lang.TURTLE).parse(ds.asDatasetGraph());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode ours = mapper.readTree(write(ds, true));
        JsonNode jenas = mapper.readTree(write(ds, false));
        assertEquals(jenas, ours);
        assertEquals(8, ours.path("results").path("bindings").size());
        assertTrue(ours.toString().contains("\"xml:lang\":\"zh\""), ours.toString());
    }

    private static String write(Dataset ds, boolean ours) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).build()) {
            RowSet rows = RowSet.adapt(qe.execSelect());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (ours) {
                SparqlJsonWriter.install();
                org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON)
                        .create(ResultSetLang.RS_JSON).write(out, rows, Context.emptyContext());
            } else {
                RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(out, rows, Context.emptyContext());
            }
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
