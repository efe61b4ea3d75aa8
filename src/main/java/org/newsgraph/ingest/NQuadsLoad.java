package org.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RunRecord;
import org.newsgraph.rdf.ShapeGate;
import org.newsgraph.store.Compaction;
import org.newsgraph.store.NQuadsCheck;
import org.newsgraph.store.Store;
import org.newsgraph.store.TransactionalLoad;

/**
 * {@code ingest --nquads}: newsgraph's own N-Quads (a Spark run's output, or a store's dump) into a store,
 * so that the store ends up as {@code ingest} of the same articles would leave it. The files are checked
 * first ({@link NQuadsCheck}), so bad input writes nothing. An empty store is filled by TDB2's bulk loader
 * ({@link Store#bulkLoad}); a store with data goes through transactional writes ({@link TransactionalLoad}).
 * When the input has no enrichment graphs (article graphs only), the enrichment pass runs as after an
 * ingest. The input's run log is left out; the load appends its own run record.
 */
public final class NQuadsLoad {

    /** How the quads went in. */
    public enum Loader { BULK, TRANSACTIONAL }

    /**
     * What a load did: the loader used, the files and quads read, the article graphs loaded and what
     * happened to them (a bulk load adds every one), whether the input held the enrichment graphs, and where
     * the time went. {@code enrichment} is null when the pass did not run.
     */
    public record Result(Loader loader, int files, long quads, long runQuadsLeftOut, long articles, long added,
                         long replaced, long unchanged, boolean enrichmentGiven, double checkSeconds,
                         double loadSeconds, Enricher.Result enrichment, double enrichSeconds, long quadsInStore) {
    }

    /** Input that cannot be loaded: the message names the file (and the line, for a syntax error). */
    public static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }

    private NQuadsLoad() {
    }

    /** Checked input, ready to load: its files in load order, what they hold and how long the check took. */
    public record Checked(List<Path> inputs, List<Path> files, long quads, long runQuads, boolean enrichmentGiven,
                          String split, double seconds) {
    }

    /**
     * Checks the inputs without touching any store: N-Quads files ({@code .nq}, {@code .nq.gz}), directories
     * of them, or Spark run directories (their {@code articles}, {@code reference} and {@code enrichment} part
     * files, in that order).
     *
     * @throws BadInput naming the file (and line) that cannot be loaded
     */
    public static Checked check(List<Path> inputs) {
        long t0 = System.nanoTime();
        List<Path> files = files(inputs);
        NQuadsCheck.Found found;
        try {
            found = NQuadsCheck.check(files);
        } catch (NQuadsCheck.BadInput e) {
            throw new BadInput(e.getMessage());
        }
        boolean enrichmentGiven = found.enrichment() || files.stream().anyMatch(NQuadsLoad::inEnrichmentDir);
        return new Checked(List.copyOf(inputs), files, found.quads(), found.runQuads(), enrichmentGiven,
                found.split(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Loads checked input into the store, enriches and compacts as the options say (pruning does not apply).
     *
     * @throws BadInput when the store has data and the input's article graphs are not each in one piece
     */
    public static Result load(Checked in, Store store, IngestRun.Options options) {
        Instant started = Instant.now();
        long t1 = System.nanoTime();
        boolean bulk = store.isEmpty();
        if (!bulk && in.split() != null) {
            throw new BadInput(in.split() + ": a store with data takes article graphs in one piece, as the Spark "
                    + "job writes them (a store's dump is in subject order: load it into an empty store)");
        }
        TransactionalLoad.Counts c = bulk ? bulk(in.files(), store)
                : TransactionalLoad.load(in.files(), store, in.enrichmentGiven());
        store.addReference(ShapeGate.loadBundled("event-types.ttl")); // as ingest does, for article-only input
        long t2 = System.nanoTime();
        Enricher.Result enrichment = options.enrich() && !in.enrichmentGiven()
                ? IngestRun.enrich(store, c.replaced() == 0, c.addedIds()) : null;
        long t3 = System.nanoTime();
        switch (options.after()) {
            case COMPACT -> store.compact();
            case COMPACT_IF_GROWN -> store.compactIfGrown(Compaction.AUTO);
            case KEEP -> { }
        }
        store.appendRun(RunRecord.of(started, Instant.now(), in.inputs(), (int) c.articles(), (int) c.added(),
                (int) c.replaced(), (int) c.unchanged(), 0, 0, Ingester.PIPELINE_VERSION, NerModel.bundledChecksum()));
        return new Result(bulk ? Loader.BULK : Loader.TRANSACTIONAL, in.files().size(), in.quads(), in.runQuads(),
                c.articles(), c.added(), c.replaced(), c.unchanged(), in.enrichmentGiven(), in.seconds(),
                (t2 - t1) / 1e9, enrichment, (t3 - t2) / 1e9, store.quadCount());
    }

    /** The bulk load; every article graph is new, and ids are not needed (a first load is enriched whole). */
    private static TransactionalLoad.Counts bulk(List<Path> files, Store store) {
        store.bulkLoad(files, Set.of(Iris.RUNS_GRAPH));
        long[] articles = {0};
        store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }",
                r -> articles[0] = r.getLiteral("n").getLong());
        return new TransactionalLoad.Counts(articles[0], articles[0], 0, 0, 0, 0, List.of());
    }

    private static boolean inEnrichmentDir(Path f) {
        return f.getParent() != null && f.getParent().getFileName() != null
                && f.getParent().getFileName().toString().equals("enrichment");
    }

    /** The N-Quads files the inputs name, in load order. */
    public static List<Path> files(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) {
                out.add(in); // a missing file is named by the check
            } else if (Files.isDirectory(in.resolve("articles"))) {
                for (String part : List.of("articles", "reference", "enrichment")) {
                    if (Files.isDirectory(in.resolve(part))) {
                        out.addAll(nquadsIn(in.resolve(part), "part-.*\\.nq(\\.gz)?"));
                    }
                }
            } else {
                List<Path> found = nquadsIn(in, ".*\\.nq(\\.gz)?");
                if (found.isEmpty()) {
                    throw new BadInput(in + ": no .nq or .nq.gz files in this directory");
                }
                out.addAll(found);
            }
        }
        return out;
    }

    private static List<Path> nquadsIn(Path dir, String pattern) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().matches(pattern)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
