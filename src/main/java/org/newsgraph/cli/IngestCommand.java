package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.Ingester;
import org.newsgraph.store.Enricher;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph ingest PATH... [--store DIR]}: extract and load into TDB2, one named graph per article. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract and load articles into the TDB2 store (one named graph per article).")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--store", defaultValue = "data/tdb2", paramLabel = "DIR",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--no-enrich", description = "skip the enrichment pass (cross-article persons, who-met-whom)")
    boolean noEnrich;

    @Override
    public Integer call() {
        Ingester ingester = new Ingester(input.lexicons());
        Ingester.Summary s;
        try (Store db = Store.open(store)) {
            s = ingester.ingest(input.reader(), input.inputs, db, article -> { });
            System.out.println(describe(s));
            if (!noEnrich) {
                System.out.println(EnrichCommand.describe(new Enricher().enrich(db)));
            }
        } catch (RuntimeException e) {
            System.err.println("error: cannot use store " + store + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        s.rejects().forEach(r -> System.err.println("rejected " + r));
        return s.rejected() == 0 ? ExitCode.OK : ExitCode.PARTIAL;
    }

    /** The one-line run summary. */
    static String describe(Ingester.Summary s) {
        return String.format(Locale.ROOT, "articles %d (added %d, replaced %d, unchanged %d, rejected %d), "
                        + "mentions %d, events %d, quads written %d, quads in store %d, %.1f s",
                s.articles(), s.added(), s.replaced(), s.unchanged(), s.rejected(), s.mentions(), s.events(),
                s.quadsWritten(), s.quadsInStore(), s.seconds());
    }
}
