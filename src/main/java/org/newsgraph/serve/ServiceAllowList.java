package org.newsgraph.serve;

import java.util.Set;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutorHttp;
import org.apache.jena.sparql.util.Context;

/**
 * The only way a query on the public endpoint reaches another server: {@code SERVICE <url>} runs when the
 * operator listed {@code url} and is refused, before any connection, otherwise. The check sees the
 * endpoint after variables are bound, so {@code SERVICE ?x} cannot be used to get around it.
 */
final class ServiceAllowList implements ServiceExecutor {

    private final Set<String> allowed;
    private final ServiceExecutor http = new ServiceExecutorHttp();

    private ServiceAllowList(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * Puts the allow list into a dataset's (not the JVM's) context: its own service registry, the HTTP
     * switch on only when something is allowed, and remote calls bounded by the query timeout (a remote
     * server that accepts the connection and never answers would otherwise hold the request).
     */
    static void install(Context context, Set<String> allowed, long timeoutMillis) {
        ServiceExecutorRegistry.set(context, new ServiceExecutorRegistry().add(new ServiceAllowList(allowed)));
        context.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        context.set(ARQ.httpQueryTimeout, timeoutMillis);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt) {
        String endpoint = opExecute.getService().isURI() ? opExecute.getService().getURI() : null;
        if (endpoint == null || !allowed.contains(endpoint)) {
            throw new QueryExecException("SERVICE " + opExecute.getService()
                    + " is not allowed on this endpoint (see serve --allow-service)");
        }
        return http.createExecution(opExecute, original, binding, execCxt);
    }
}
