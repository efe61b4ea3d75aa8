package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.bench.ServedStore;
import picocli.CommandLine.Option;

/** Options of the benchmarks that query a served store: which store, which canned query, how many clients. */
final class BenchServeOptions {

    @Option(names = "--articles", defaultValue = "10000",
            description = "articles in the store when it is built (default: ${DEFAULT-VALUE})")
    long articles;

    @Option(names = "--store", paramLabel = "DIR",
            description = "use this store; it is built (generate, ingest, enrich) only when the directory does not exist")
    Path storeDir;

    @Option(names = "--clients", defaultValue = "4", description = "concurrent client threads (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--query", defaultValue = "who-met-whom-summary", description = "canned query name (default: ${DEFAULT-VALUE})")
    String queryName;

    @Option(names = "--request-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "per-request timeout (default: ${DEFAULT-VALUE})")
    int requestTimeout;

    @Option(names = "--compact", description = "compact the TDB2 database before serving")
    boolean compact;

    @Option(names = "--result-cache-mb", defaultValue = "0", paramLabel = "MB",
            description = "the server's result cache (serve's default is 32); 0, the default here, measures every "
                    + "answer computed afresh")
    int resultCacheMb;

    ServedStore store() {
        return new ServedStore(articles, storeDir, clients, queryName, requestTimeout, compact, resultCacheMb);
    }
}
