package org.newsgraph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of items on several threads and hands the results on in input order,
 * so that output (and everything derived from it) does not depend on the thread count. At most a
 * bounded number of items are in flight, so memory stays flat however long the stream is.
 *
 * <pre>{@code
 * try (OrderedParallel<Article, Analysis> p = new OrderedParallel<>(pipeline::run, 2, out::write)) {
 *     reader.read(inputs, p::submit, rejects::add);
 * }
 * }</pre>
 */
public final class OrderedParallel<T, R> implements AutoCloseable {

    private final Function<T, R> function;
    private final Consumer<R> sink;
    private final ExecutorService pool;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();
    private final int window;

    /**
     * @param threads worker threads; 1 runs everything on the caller's thread
     * @param sink receives results in input order, always on the caller's thread
     */
    public OrderedParallel(Function<T, R> function, int threads, Consumer<R> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.function = function;
        this.sink = sink;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 4;
    }

    public void submit(T item) {
        if (pool == null) {
            sink.accept(function.apply(item));
            return;
        }
        inFlight.addLast(pool.submit(() -> function.apply(item)));
        while (inFlight.size() > window) {
            drainOne();
        }
    }

    private void drainOne() {
        try {
            sink.accept(inFlight.removeFirst().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Waits for the remaining items and stops the workers. */
    @Override
    public void close() {
        try {
            while (!inFlight.isEmpty()) {
                drainOne();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
