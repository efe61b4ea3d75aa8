package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph enrich}: rebuild the cross-article persons, events and who-met-whom graphs. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Rebuild cross-article persons and events and the who-met-whom graph (idempotent).")
public final class EnrichCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store db = Store.open(store.dir)) {
            System.out.println(describe(new Enricher().enrich(db)));
            return ExitCode.OK;
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    static String describe(Enricher.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("enrich: persons ").append(r.articlePersons()).append(" mentions → ").append(r.canonicalPersons())
                .append(" people; event reports ").append(r.eventReports()).append(" → ").append(r.canonicalEvents())
                .append(" events; who-met-whom pairs ").append(r.pairs());
        for (String name : r.ambiguousNames()) {
            sb.append("\nreview: ambiguous name ").append(name);
        }
        return sb.toString();
    }
}
