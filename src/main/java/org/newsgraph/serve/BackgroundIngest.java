package org.newsgraph.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.newsgraph.Ingester;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.model.Article;
import org.newsgraph.store.Compaction;
import org.newsgraph.enrich.Enricher;
import org.newsgraph.store.Store;

/**
 * Ingests pages into the store a server is serving, on a thread of its own, then runs the enrichment
 * pass. Analysts keep querying meanwhile: TDB2 gives every read transaction a consistent snapshot and
 * never makes readers wait for the writer, so a query sees the articles of every batch committed
 * before it started and nothing half-written. This is the way to add articles while serving: a TDB2
 * database belongs to one process, so {@code newsgraph ingest} cannot write to a store a server holds.
 */
public final class BackgroundIngest {

    /** What the ingest and the enrichment pass did. */
    public record Result(Ingester.Summary ingest, Enricher.Result enrichment, double enrichSeconds) {
    }

    private BackgroundIngest() {
    }

    /** Starts the ingest; the future completes when the enrichment pass has committed. */
    public static CompletableFuture<Result> start(Ingester ingester, ArticleReader reader, List<Path> inputs, Store store,
                                                  Consumer<Article> progress) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                Ingester.Summary summary = ingester.ingest(reader, inputs, store, progress);
                long t = System.nanoTime();
                Enricher.Result enrichment = new Enricher().enrich(store);
                store.compactIfGrown(Compaction.AUTO);
                done.complete(new Result(summary, enrichment, (System.nanoTime() - t) / 1e9));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "newsgraph-background-ingest");
        worker.start();
        return done;
    }
}
