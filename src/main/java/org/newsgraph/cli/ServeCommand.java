package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Ingester;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Enricher;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph serve [--store DIR] [--port 3030]}: the read-only SPARQL endpoint and query page. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over SPARQL (read-only) with a query page at http://localhost:PORT/.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "query timeout in seconds (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--public", description = "listen on all interfaces, not only localhost")
    boolean everywhere;

    @Option(names = "--max-results", defaultValue = "10000", paramLabel = "N",
            description = "cap on the rows one query returns (default: ${DEFAULT-VALUE})")
    long maxResults;

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = "open /newsgraph/update for the users in this file (lines 'user: password'), "
                    + "with HTTP basic authentication; without it there is no update endpoint")
    Path passwordFile;

    @Option(names = "--ingest", paramLabel = "PATH",
            description = "ingest these pages first (as 'newsgraph ingest' would), then serve")
    List<Path> ingest = new ArrayList<>();

    @Override
    public Integer call() {
        if (ingest.isEmpty() && !Files.isDirectory(store.dir)) {
            System.err.println("error: no store at " + store.dir + "; run 'newsgraph ingest' first or use --ingest");
            return ExitCode.FAILURE;
        }
        Store db = Store.open(store.dir);
        if (!ingest.isEmpty()) {
            Ingester.Summary s = new Ingester(Lexicons.bundled(), ShapeGate.bundled(),
                    Runtime.getRuntime().availableProcessors()).ingest(InputOptions.defaultReader(), ingest, db, a -> { });
            s.rejects().forEach(r -> System.err.println("rejected " + r));
            System.out.println("newsgraph: " + IngestCommand.describe(s));
            System.out.println("newsgraph: " + EnrichCommand.describe(new Enricher().enrich(db)));
        }
        NewsgraphServer.Builder builder = NewsgraphServer.create()
                .dataset(db.datasetGraph())
                .port(port)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .maxResults(maxResults)
                .loopbackOnly(!everywhere);
        if (passwordFile != null) {
            builder.updateWithPasswordFile(passwordFile);
        }
        NewsgraphServer server = builder.build().start();
        System.out.println("newsgraph: query page http://localhost:" + server.port() + "/");
        System.out.println("newsgraph: SPARQL endpoint (read-only) " + server.sparqlUrl());
        server.join();
        return ExitCode.OK;
    }
}
