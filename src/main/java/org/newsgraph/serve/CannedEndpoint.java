package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.store.CannedQueries;

/**
 * The bundled queries by name, their parameters as URL parameters:
 * {@code GET /canned/who-met-whom-person?person=张三}. Each query is parsed once, when the server
 * starts, and a request only binds its values into the parsed query: on the SPARQL endpoint a short query
 * spent a third of the server's time being parsed and formatted for the log. Only the bundled names are
 * served (never a file), only their declared parameters are taken, each value is bound as a string in the
 * algebra (it cannot change the query), and the endpoint's timeout and row cap apply.
 */
final class CannedEndpoint extends HttpServlet {

    /** Where the queries are, beside the dataset (Fuseki answers every path under it): {@code /canned/NAME}. */
    static final String PATH = "/canned";

    /** The longest parameter value taken: a name or a date, never a document. */
    static final int MAX_VALUE = 200;

    private final transient DatasetGraph dataset;
    private final Duration timeout;
    private final long maxResults;
    private final transient Map<String, Query> templates = new LinkedHashMap<>();
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    CannedEndpoint(DatasetGraph dataset, Duration timeout, long maxResults) {
        this.dataset = dataset;
        this.timeout = timeout;
        this.maxResults = maxResults;
        for (String name : CannedQueries.NAMES) {
            CannedQueries.text(name).map(QueryFactory::create).filter(Query::isSelectType).ifPresent(query -> {
                templates.put(name, query);
                parameters.put(name, CannedQueries.parameters(name));
            });
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Query template = templates.get(name);
        if (template == null) {
            resp.sendError(404, "no canned query " + name + " (known: " + String.join(", ", templates.keySet()) + ")");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : req.getParameterMap().entrySet()) {
            String problem = problem(name, p.getKey(), p.getValue());
            if (problem != null) {
                resp.sendError(400, problem);
                return;
            }
            values.put(p.getKey(), p.getValue()[0]);
        }
        Query query = CannedQueries.bind(template, values);
        LimitedQuery.cap(query, maxResults);
        answer(query, format(req.getHeader("Accept")), resp);
    }

    /** What is wrong with one URL parameter, or null. */
    private String problem(String name, String param, String[] values) {
        List<String> declared = parameters.get(name);
        if (!declared.contains(param)) {
            return "unknown parameter " + param + " of " + name + " (it takes: " + String.join(", ", declared) + ")";
        }
        if (values.length != 1) {
            return "parameter " + param + " given " + values.length + " times";
        }
        if (values[0].codePointCount(0, values[0].length()) > MAX_VALUE) {
            return "parameter " + param + " longer than " + MAX_VALUE + " characters";
        }
        return null;
    }

    private void answer(Query query, Lang lang, HttpServletResponse resp) throws IOException {
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExec exec = QueryExec.dataset(dataset).query(query)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    RowSet rows = exec.select();
                    rows.hasNext();
                    resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
                    RowSetWriterRegistry.getFactory(lang).create(lang).write(resp.getOutputStream(), rows, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (QueryCancelledException e) {
            if (!resp.isCommitted()) {
                resp.sendError(503, "query timed out after " + timeout.toMillis() + " ms");
            }
        }
    }

    /** CSV or TSV when the {@code Accept} header asks for it first; SPARQL JSON results otherwise. */
    private static Lang format(String accept) {
        String a = accept == null ? "" : accept.toLowerCase();
        if (a.startsWith("text/csv")) {
            return ResultSetLang.RS_CSV;
        }
        return a.startsWith("text/tab-separated-values") ? ResultSetLang.RS_TSV : ResultSetLang.RS_JSON;
    }
}
