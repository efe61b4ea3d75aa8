package org.newsgraph.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.XSD;

/**
 * SPARQL 1.1 Query Results JSON written with Jackson's streaming generator, row by row as the query
 * yields them. Jena's own writer formats through an indenting character writer, and that took a fifth
 * of the server's time on a short query and a third on the who-met-whom summary; the output is the
 * same document (no indentation). ASK results stay with Jena's writer.
 */
final class SparqlJsonWriter implements RowSetWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final RowSetWriter jena;

    private SparqlJsonWriter(RowSetWriter jena) {
        this.jena = jena;
    }

    /**
     * Makes it the writer of {@code application/sparql-results+json} in this JVM: Jena keeps result writers
     * in a registry of its own, which Fuseki looks up per response.
     */
    static synchronized void install() {
        RowSetWriterFactory current = RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON);
        if (current instanceof Factory) {
            return;
        }
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, new Factory(current.create(ResultSetLang.RS_JSON)));
    }

    private record Factory(RowSetWriter jena) implements RowSetWriterFactory {
        @Override
        public RowSetWriter create(org.apache.jena.riot.Lang lang) {
            return new SparqlJsonWriter(jena);
        }
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            write(json, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        jena.write(out, result, context);
    }

    private static void write(JsonGenerator json, RowSet rows) throws IOException {
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.writeStartObject();
        json.writeObjectFieldStart("head");
        json.writeArrayFieldStart("vars");
        for (Var v : rows.getResultVars()) {
            json.writeString(v.getVarName());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("results");
        json.writeArrayFieldStart("bindings");
        Map<Node, String> blankLabels = new HashMap<>();
        while (rows.hasNext()) {
            Binding row = rows.next();
            json.writeStartObject();
            for (Var v : rows.getResultVars()) {
                Node value = row.get(v);
                if (value != null) {
                    json.writeFieldName(v.getVarName());
                    term(json, value, blankLabels);
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void term(JsonGenerator json, Node n, Map<Node, String> blankLabels) throws IOException {
        json.writeStartObject();
        if (n.isURI()) {
            json.writeStringField("type", "uri");
            json.writeStringField("value", n.getURI());
        } else if (n.isLiteral()) {
            literal(json, n);
        } else if (n.isBlank()) {
            json.writeStringField("type", "bnode");
            json.writeStringField("value", blankLabels.computeIfAbsent(n, k -> "b" + blankLabels.size()));
        } else if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            json.writeStringField("type", "triple");
            json.writeObjectFieldStart("value");
            json.writeFieldName("subject");
            term(json, t.getSubject(), blankLabels);
            json.writeFieldName("predicate");
            term(json, t.getPredicate(), blankLabels);
            json.writeFieldName("object");
            term(json, t.getObject(), blankLabels);
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("not an RDF term in a result: " + n);
        }
        json.writeEndObject();
    }

    private static void literal(JsonGenerator json, Node n) throws IOException {
        json.writeStringField("type", "literal");
        String datatype = n.getLiteralDatatypeURI();
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            json.writeStringField("xml:lang", lang);
            if (n.getLiteralBaseDirection() != null) {
                json.writeStringField("its:dir", n.getLiteralBaseDirection().direction());
            }
        } else if (!XSD.xstring.getURI().equals(datatype)) {
            json.writeStringField("datatype", datatype);
        }
        json.writeStringField("value", n.getLiteralLexicalForm());
    }
}
