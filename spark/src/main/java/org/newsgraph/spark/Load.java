package org.newsgraph.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.IngestRun;
import org.newsgraph.ingest.NQuadsLoad;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./newsgraph spark load RUN... --store DIR}: a run's N-Quads (or an incremental run's delta) into a
 * newsgraph store, as {@code newsgraph ingest --nquads} loads them ({@link NQuadsLoad}): TDB2's bulk loader
 * into an empty store, the store's transactional writes into one with data (an unchanged article graph is
 * left alone, so loading a run twice changes nothing). A run carries its enrichment graphs, so no
 * enrichment pass runs.
 */
@Command(name = "newsgraph-spark load", mixinStandardHelpOptions = true,
        description = "Load the N-Quads of a Spark run (or its delta) into a newsgraph TDB2 store.")
public final class Load implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "output directories of runs, or .nq files")
    List<Path> runs;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "the TDB2 store")
    Path storeDir;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Load()).execute(args));
    }

    @Override
    public Integer call() {
        NQuadsLoad.Checked checked = NQuadsLoad.check(runs);
        try (Store store = Store.open(storeDir)) {
            NQuadsLoad.Result r = load(checked, store);
            System.out.printf("{\"loader\":\"%s\",\"loaded\":%d,\"unchanged\":%d,\"quads\":%d}%n",
                    r.loader(), r.articles(), r.unchanged(), r.quads());
            return 0;
        }
    }

    /** Loads checked runs into the store, enriching only when they bring no enrichment graphs. */
    static NQuadsLoad.Result load(NQuadsLoad.Checked runs, Store store) {
        return NQuadsLoad.load(runs, store, new IngestRun.Options(false, true, IngestRun.AfterRun.KEEP));
    }
}
