package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.serve.BackgroundIngest;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Compaction;
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

    @Option(names = "--result-cache-mb", defaultValue = "32", paramLabel = "MB",
            description = "memory for answers served again to a query asked again while the store is unchanged; "
                    + "0 turns it off (default: ${DEFAULT-VALUE})")
    int resultCacheMb;

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = "open /newsgraph/update for the users in this file (lines 'user: password'), "
                    + "with HTTP basic authentication; without it there is no update endpoint")
    Path passwordFile;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "let queries call this SPARQL endpoint with SERVICE (repeatable); without it SERVICE is "
                    + "refused and the server never calls another host")
    List<String> allowedServices = new ArrayList<>();

    @Option(names = "--ingest", paramLabel = "PATH",
            description = "ingest these pages (as 'newsgraph ingest' would) while serving: queries see each batch "
                    + "of articles once it is committed")
    List<Path> ingest = new ArrayList<>();

    @Option(names = "--jurisdiction", paramLabel = "CODE",
            description = "for --ingest, as for ingest: the home division when no manifest or record gives one "
                    + "(default: none)")
    String jurisdiction;

    @Override
    public Integer call() {
        if (ingest.isEmpty() && !Files.isDirectory(store.dir)) {
            System.err.println("error: no store at " + store.dir + "; run 'newsgraph ingest' first or use --ingest");
            return ExitCode.FAILURE;
        }
        Store db = Store.open(store.dir);
        NewsgraphServer.Builder builder = NewsgraphServer.create()
                .store(db)
                .port(port)
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .maxResults(maxResults)
                .resultCacheBytes((long) resultCacheMb << 20)
                .loopbackOnly(!everywhere);
        if (passwordFile != null) {
            builder.updateWithPasswordFile(passwordFile);
        }
        allowedServices.forEach(builder::allowService);
        NewsgraphServer server = builder.build().start();
        announce(server);
        System.out.println("newsgraph: query page http://localhost:" + server.port() + "/");
        System.out.println("newsgraph: SPARQL endpoint (read-only) " + server.sparqlUrl());
        if (!ingest.isEmpty()) {
            System.out.println("newsgraph: ingesting " + ingest + " in the background; queries see each batch as it commits");
            BackgroundIngest.start(new Ingester(Lexicons.bundled(), ShapeGate.bundled(),
                    Ingester.defaultThreads(), Compaction.AUTO), InputOptions.reader(InputOptions.DEFAULT_MAX_FILE_BYTES, jurisdiction), ingest, db, a -> { })
                    .whenComplete((r, e) -> {
                        if (e != null) {
                            System.err.println("error: background ingest failed: " + e);
                            return;
                        }
                        r.ingest().rejects().forEach(x -> System.err.println("rejected " + x));
                        System.out.println("newsgraph: " + IngestCommand.describe(r.ingest()));
                        System.out.println("newsgraph: " + EnrichCommand.describe(r.enrichment()));
                    });
        }
        server.join();
        return ExitCode.OK;
    }

    /** The file beside a store that says which server holds it, for commands that find the store locked. */
    static Path endpointFile(Path storeDir) {
        return storeDir.toAbsolutePath().resolveSibling(storeDir.getFileName() + "-serve.url");
    }

    /** The message for a store that another process holds, naming the server's endpoint when one is known. */
    static String heldByServer(Path storeDir) {
        String endpoint;
        try {
            endpoint = Files.readString(endpointFile(storeDir)).strip();
        } catch (IOException e) {
            endpoint = "http://localhost:3030/newsgraph/sparql (if it runs on the default port)";
        }
        return "the store " + storeDir + " is held by another process, most likely a running 'newsgraph serve'; "
                + "stop it, or query the server over HTTP: " + endpoint;
    }

    private void announce(NewsgraphServer server) {
        Path file = endpointFile(store.dir);
        try {
            Files.writeString(file, server.sparqlUrl() + "\n");
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            System.err.println("warning: cannot write " + file + ": " + e.getMessage());
        }
    }
}
