package org.newsgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * The SPARQL query operation with a cap on results: a SELECT (or CONSTRUCT/DESCRIBE) without LIMIT, or
 * with a larger one, runs with LIMIT {@code max}. The limit is set on the query Fuseki has parsed, so a
 * query is parsed once (a servlet filter rewriting the text parsed it twice and serialised it once more:
 * a quarter of the server's time on a short query). Queries that do not parse get Fuseki's usual error.
 */
final class LimitedQuery extends SPARQL_QueryDataset {

    private final long max;

    LimitedQuery(long max) {
        this.max = max;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        cap(query, max);
    }

    /** Cuts a query at {@code max} results: a missing or larger LIMIT becomes {@code max}; ASK is left alone. */
    static void cap(Query query, long max) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > max)) {
            query.setLimit(max);
        }
    }
}
