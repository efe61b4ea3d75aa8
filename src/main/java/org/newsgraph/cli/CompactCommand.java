package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph compact}: reclaim superseded data and pack the indexes, whatever the store's size. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the store now: drop superseded data and rewrite the indexes with full blocks "
                + "(ingest and serve --ingest also do it automatically once the store has doubled).")
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try {
            long before;
            long after;
            try (Store db = Store.open(store.dir)) {
                before = db.bytesOnDisk();
                db.compact();
                after = db.bytesOnDisk();
            }
            System.out.printf("compact: %s %,d → %,d bytes%n", store.dir, before, after);
            return ExitCode.OK;
        } catch (RuntimeException e) {
            System.err.println("error: cannot compact " + store.dir + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
