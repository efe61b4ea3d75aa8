package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.ingest.IngestRun;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.ingest.NQuadsLoad;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph ingest PATH... [--store DIR]}: extract and load into TDB2, one named graph per article.
 * On a terminal it shows a progress bar and a readable summary; otherwise (a scheduler, a pipe) it prints
 * one JSON summary line. Exit codes: 0 all stored, 1 some records rejected, 3 the store could not be used.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract and load articles into the TDB2 store (one named graph per article).")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Mixin
    StoreOption store;

    @Option(names = "--prune", description = "drop stored articles that are not in this run's input")
    boolean prune;

    @Option(names = "--no-enrich", description = "skip the enrichment pass (cross-article persons, who-met-whom)")
    boolean noEnrich;

    @Option(names = "--json", description = "print the JSON summary line even on a terminal")
    boolean json;

    @Option(names = "--compact", description = "compact the database after the run, whatever its size (reclaims "
            + "the space TDB2 keeps for superseded data)")
    boolean compact;

    @Option(names = "--no-auto-compact", description = "do not compact automatically (by default the store is "
            + "compacted during and after a run whenever it has doubled since its last compaction and is over 256 MB)")
    boolean noAutoCompact;

    @Option(names = "--nquads", description = "the inputs are newsgraph's own N-Quads (files, directories of .nq/.nq.gz, "
            + "or Spark run directories), not articles: an empty store is filled by TDB2's bulk loader, a store with "
            + "data by transactional writes; enrichment runs when the input has no enrichment graphs")
    boolean nquads;

    @Override
    public Integer call() {
        if (nquads) {
            return loadNQuads();
        }
        boolean terminal = System.console() != null && !json;
        Ingester ingester = new Ingester(input.lexicons(), ShapeGate.bundled(), input.threads(true),
                noAutoCompact ? Compaction.NEVER : Compaction.AUTO);
        IngestRun run = new IngestRun(ingester);
        IngestRun.Options options = options();
        IngestRun.Result result;
        try (Store db = Store.open(store.dir)) {
            if (terminal) {
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).build()) {
                    result = run.run(input.reader(), input.inputs, db, options, article -> bar.step());
                }
            } else {
                result = run.run(input.reader(), input.inputs, db, options, article -> { });
            }
        } catch (RuntimeException e) {
            System.err.println("error: cannot use store " + store.dir + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        Ingester.Summary s = result.ingest();
        Enricher.Result enriched = result.enrichment();
        try (RejectsFile rejects = input.rejects()) {
            s.rejects().forEach(rejects::add);
        }
        if (terminal) {
            System.out.println(describe(s));
            if (enriched != null) {
                System.out.println(EnrichCommand.describe(enriched));
            }
        } else {
            System.out.println(jsonLine(s, enriched));
        }
        return s.rejected() == 0 ? ExitCode.OK : ExitCode.PARTIAL;
    }

    private IngestRun.Options options() {
        return new IngestRun.Options(prune, !noEnrich, compact ? IngestRun.AfterRun.COMPACT
                : noAutoCompact ? IngestRun.AfterRun.KEEP : IngestRun.AfterRun.COMPACT_IF_GROWN);
    }

    /** {@code --nquads}: one JSON summary line; exit 1 on bad input (nothing written), 3 if the store fails. */
    private int loadNQuads() {
        if (prune) {
            System.err.println("error: --prune does not apply to --nquads");
            return ExitCode.USAGE;
        }
        NQuadsLoad.Checked checked;
        try {
            checked = NQuadsLoad.check(input.inputs);
        } catch (NQuadsLoad.BadInput e) {
            System.err.println("error: " + e.getMessage() + " (nothing was loaded)");
            return ExitCode.PARTIAL;
        }
        NQuadsLoad.Result r;
        try (Store db = Store.open(store.dir)) {
            r = NQuadsLoad.load(checked, db, options());
        } catch (NQuadsLoad.BadInput e) {
            System.err.println("error: " + e.getMessage() + " (nothing was loaded)");
            return ExitCode.PARTIAL;
        } catch (RuntimeException e) {
            System.err.println("error: cannot use store " + store.dir + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("loader", r.loader().name().toLowerCase(Locale.ROOT)).put("files", r.files()).put("quads", r.quads())
                .put("runQuadsLeftOut", r.runQuadsLeftOut()).put("articles", r.articles()).put("added", r.added())
                .put("replaced", r.replaced()).put("unchanged", r.unchanged()).put("enrichmentGiven", r.enrichmentGiven())
                .put("checkSeconds", round(r.checkSeconds())).put("loadSeconds", round(r.loadSeconds()))
                .put("quadsPerSecond", Math.round(r.quads() / Math.max(1e-9, r.checkSeconds() + r.loadSeconds())))
                .put("enrichSeconds", round(r.enrichSeconds())).put("quadsInStore", r.quadsInStore());
        if (r.enrichment() != null) {
            n.put("people", r.enrichment().canonicalPersons()).put("pairs", r.enrichment().pairs());
        }
        System.out.println(n);
        return ExitCode.OK;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    /** The one-line run summary. */
    static String describe(Ingester.Summary s) {
        return String.format(Locale.ROOT, "articles %d (added %d, replaced %d, unchanged %d, rejected %d, pruned %d), "
                        + "mentions %d, events %d, quads written %d, quads in store %d, %.1f s%s",
                s.articles(), s.added(), s.replaced(), s.unchanged(), s.rejected(), s.pruned(), s.mentions(),
                s.events(), s.quadsWritten(), s.quadsInStore(), s.seconds(),
                s.compactions() == 0 ? "" : ", compacted " + s.compactions() + " times during the run");
    }

    private static String jsonLine(Ingester.Summary s, Enricher.Result e) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("articles", s.articles()).put("added", s.added()).put("replaced", s.replaced())
                .put("unchanged", s.unchanged()).put("rejected", s.rejected()).put("pruned", s.pruned())
                .put("mentions", s.mentions()).put("events", s.events()).put("quadsWritten", s.quadsWritten())
                .put("quadsInStore", s.quadsInStore()).put("seconds", Math.round(s.seconds() * 10) / 10.0)
                .put("compactions", s.compactions());
        if (e != null) {
            n.put("people", e.canonicalPersons()).put("pairs", e.pairs()).put("ambiguousNames", e.ambiguousNames().size());
        }
        return n.toString();
    }
}
