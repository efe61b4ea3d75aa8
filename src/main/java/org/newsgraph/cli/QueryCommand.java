package org.newsgraph.cli;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query NAME|FILE}: run a canned or custom SPARQL query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query (who-met-whom, officials, events, figures, person-timeline) or a .rq file.")
public final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME|FILE")
    String query;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "bind ?NAME to a string, e.g. person=陈博")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        String q;
        ResultFormat f;
        try {
            q = CannedQueries.prepare(query, params);
            f = ResultFormat.of(format);
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(store.dir)) {
            System.err.println("error: no store at " + store.dir + "; run 'newsgraph ingest' first");
            return ExitCode.FAILURE;
        }
        try (Store db = Store.open(store.dir)) {
            System.out.print(db.select(q, f));
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            System.err.println("error: " + (isLocked(e) ? ServeCommand.heldByServer(store.dir) : e.getMessage()));
            return ExitCode.FAILURE;
        }
    }

    /** TDB2 lets one process open a store; another one holding it shows as a failed lock. */
    private static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }
}
