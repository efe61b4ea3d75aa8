package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.newsgraph.store.Store;

/**
 * The SPARQL endpoint over a newsgraph store: a small builder over Fuseki main.
 *
 * <pre>{@code
 * NewsgraphServer server = NewsgraphServer.create().dataset(dsg).port(3030).build().start();
 * // SPARQL query endpoint: http://localhost:3030/newsgraph/sparql  (read-only)
 * // query page:            http://localhost:3030/
 * }</pre>
 *
 * <p>The dataset is published for SPARQL queries only (no update, no graph store protocol, which would
 * stream whole graphs past the result cap), with CORS on for browser tools, a query timeout, a cap on
 * result rows, and the union of all graphs (article, reference and enrichment graphs and the runs log) as
 * the default graph. Queries cannot make the server call other hosts: {@code SERVICE} is refused unless
 * the operator allows the endpoint, and {@code FROM}/{@code FROM NAMED} only pick graphs of the store.
 */
public final class NewsgraphServer {

    /** The dataset's path on the server: the endpoint is {@code /newsgraph/sparql}. */
    public static final String DATASET = "/newsgraph";

    private final FusekiServer server;

    private NewsgraphServer(FusekiServer server) {
        this.server = server;
    }

    public static Builder create() {
        return new Builder();
    }

    public NewsgraphServer start() {
        server.start();
        return this;
    }

    public void stop() {
        server.stop();
    }

    public void join() {
        server.join();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The URL of a canned query by name, without parameters: {@code http://localhost:PORT/canned/NAME}. */
    public String cannedUrl(String name) {
        return "http://localhost:" + port() + CannedEndpoint.PATH + "/" + name;
    }

    /** The SPARQL query endpoint URL. */
    public String sparqlUrl() {
        return "http://localhost:" + port() + DATASET + "/sparql";
    }

    /** Builder with eager validation, in the style of {@code FusekiServer.create()}. */
    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private boolean loopbackOnly = true;
        private long maxResults = 10_000;
        private Path passwordFile;
        private final Set<String> allowedServices = new LinkedHashSet<>();
        private Supplier<String> dataVersion;
        private long resultCacheBytes = 32L << 20;

        public Builder dataset(DatasetGraph dsg) {
            this.dataset = dsg;
            return this;
        }

        /**
         * Serves the store's dataset: the one place outside the store that sees it. Repeated queries are
         * answered from the result cache until the store changes (see {@link #resultCacheBytes}).
         */
        public Builder store(Store store) {
            this.dataVersion = store::dataVersion;
            return dataset(store.datasetGraph());
        }

        /**
         * Memory for answers kept to serve a query asked again while the store is unchanged (default 32 MB);
         * 0 turns the cache off. Only a server of a {@link #store} has one: it needs the store's data version.
         */
        public Builder resultCacheBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("cache size must not be negative: " + bytes);
            }
            this.resultCacheBytes = bytes;
            return this;
        }

        /** The port; 0 picks a free one (tests). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** When true (the default) the server listens on localhost only. */
        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /** The most rows (or triples) one query may return; larger results are cut at this LIMIT. */
        public Builder maxResults(long maxResults) {
            if (maxResults < 1) {
                throw new IllegalArgumentException("maxResults must be at least 1: " + maxResults);
            }
            this.maxResults = maxResults;
            return this;
        }

        /**
         * Opens a SPARQL update endpoint at {@code /newsgraph/update} that only users in the given Jetty
         * password file ({@code user: password} per line) may use, with HTTP basic authentication. Without
         * it the server has no update endpoint at all.
         */
        public Builder updateWithPasswordFile(Path passwordFile) {
            if (!Files.isReadable(passwordFile)) {
                throw new IllegalArgumentException("cannot read password file " + passwordFile);
            }
            this.passwordFile = passwordFile;
            return this;
        }

        /** Lets queries use {@code SERVICE <endpoint>} for exactly this endpoint URL (none by default). */
        public Builder allowService(String endpoint) {
            if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                throw new IllegalArgumentException("not an http(s) endpoint: " + endpoint);
            }
            allowedServices.add(endpoint);
            return this;
        }

        public NewsgraphServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset given");
            }
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            ServiceAllowList.install(dataset.getContext(), allowedServices, timeout.toMillis());
            SparqlJsonWriter.install();
            String pages;
            try {
                pages = UiServlet.extractPages().toString();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the query page", e);
            }
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopbackOnly)
                    .add(DATASET, queryOnly())
                    .enableCors(true, null)
                    .enablePing(true)
                    .staticFileBase(pages)
                    .addServlet("/queries/*", new UiServlet())
                    .addServlet(CannedEndpoint.PATH + "/*", new CannedEndpoint(dataset, timeout, maxResults))
                    .registerOperation(Operation.Query, new LimitedQuery(maxResults));
            if (dataVersion != null && resultCacheBytes > 0) {
                Set<String> endpoints = Set.of(DATASET, DATASET + "/sparql", DATASET + "/query");
                ResultCache cache = new ResultCache(dataVersion, endpoints, CannedEndpoint.PATH, resultCacheBytes);
                fuseki.addFilter(DATASET + "/*", cache).addFilter(CannedEndpoint.PATH + "/*", cache);
            }
            if (passwordFile != null) {
                fuseki.securityHandler(JettySecurityLib.makeSecurityHandler(null, users(passwordFile), AuthScheme.BASIC))
                        .auth(AuthScheme.BASIC)
                        .addEndpoint(DATASET, "update", Operation.Update, Auth.ANY_USER);
            }
            return new NewsgraphServer(fuseki.build());
        }

        /**
         * The users of the password file, read once. Fuseki's own store re-reads the file every 5 s with a
         * Jetty Scanner thread that nothing stops when the server stops; a changed file needs a restart.
         */
        private static UserStore users(Path file) {
            PropertyUserStore users = new PropertyUserStore();
            users.setConfig(ResourceFactory.root().newResource(file));
            users.setReloadInterval(0);
            try {
                users.start();
            } catch (Exception e) {
                throw new IllegalArgumentException("cannot read password file " + file + ": " + e.getMessage(), e);
            }
            return users;
        }

        /** SPARQL query at /sparql, /query and the dataset URL; deliberately no graph store protocol. */
        private DataService.Builder queryOnly() {
            return DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query);
        }
    }
}
