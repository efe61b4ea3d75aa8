package org.newsgraph.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.ingest.IngestRun;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.model.Article;
import org.newsgraph.store.Store;

/**
 * Ingests pages into the store a server is serving, on a thread of its own, then runs the enrichment
 * pass. Analysts keep querying meanwhile: TDB2 gives every read transaction a consistent snapshot and
 * never makes readers wait for the writer, so a query sees the articles of every batch committed
 * before it started and nothing half-written. This is the way to add articles while serving: a TDB2
 * database belongs to one process, so {@code newsgraph ingest} cannot write to a store a server holds.
 */
public final class BackgroundIngest {

    private BackgroundIngest() {
    }

    /** Starts the ingest; the future completes when the enrichment pass has committed. */
    public static CompletableFuture<IngestRun.Result> start(Ingester ingester, ArticleReader reader, List<Path> inputs, Store store,
                                                  Consumer<Article> progress) {
        CompletableFuture<IngestRun.Result> done = new CompletableFuture<>();
        IngestRun.Options options = new IngestRun.Options(false, true, IngestRun.AfterRun.COMPACT_IF_GROWN);
        Thread worker = new Thread(() -> {
            try {
                done.complete(new IngestRun(ingester).run(reader, inputs, store, options, progress));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "newsgraph-background-ingest");
        worker.start();
        return done;
    }
}
