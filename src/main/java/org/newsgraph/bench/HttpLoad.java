package org.newsgraph.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Concurrent clients sending the same HTTP request over and over, each as soon as its last one was
 * answered, until a number of requests were sent or until told to stop. Any status but 200 and any
 * exception (time-outs included) counts as an error.
 */
public final class HttpLoad {

    /** What the clients saw: the latencies of the answered requests, sorted, and the errors. */
    public record Result(int clients, long[] sortedNanos, int errors, List<String> errorSamples, double seconds) {

        public int requests() {
            return sortedNanos.length;
        }

        /** Nearest-rank percentile, in milliseconds. */
        public double percentileMillis(int p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
        }

        public double maxMillis() {
            return sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        public double requestsPerSecond() {
            return Report.rate(sortedNanos.length, seconds);
        }

        /** Adds the figures to a report, each key with a prefix ("" or "duringIngest", say). */
        public void reportTo(Report report, String prefix) {
            report.put(key(prefix, "clients"), clients).put(key(prefix, "requests"), requests())
                    .put(key(prefix, "errors"), errors)
                    .put(key(prefix, "p50Millis"), percentileMillis(50)).put(key(prefix, "p90Millis"), percentileMillis(90))
                    .put(key(prefix, "p99Millis"), percentileMillis(99)).put(key(prefix, "maxMillis"), maxMillis())
                    .put(key(prefix, "requestsPerSecond"), requestsPerSecond()).put(key(prefix, "seconds"), seconds);
            if (!errorSamples.isEmpty()) {
                report.put(key(prefix, "errorSamples"), String.join(" | ", errorSamples));
            }
        }

        private static String key(String prefix, String name) {
            return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
    }

    private HttpLoad() {
    }

    /**
     * @param maxRequests stop after this many requests in all
     * @param stop        asked before each request; true ends the run
     * @param maxSeconds  how long to wait for the clients before abandoning them
     */
    public static Result run(HttpClient http, HttpRequest request, int clients, int maxRequests, BooleanSupplier stop,
                             long maxSeconds) throws InterruptedException {
        return run(http, i -> request, clients, maxRequests, stop, maxSeconds);
    }

    /** {@link #run(HttpClient, HttpRequest, int, int, BooleanSupplier, long)} with request {@code i} made by a function. */
    public static Result run(HttpClient http, IntFunction<HttpRequest> request, int clients, int maxRequests,
                             BooleanSupplier stop, long maxSeconds) throws InterruptedException {
        long[] latencies = new long[maxRequests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> samples = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                int i;
                while (!stop.getAsBoolean() && (i = next.getAndIncrement()) < maxRequests) {
                    long t = System.nanoTime();
                    String error = null;
                    try {
                        HttpResponse<byte[]> r = http.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            error = "HTTP " + r.statusCode();
                        }
                    } catch (IOException | RuntimeException e) {
                        error = e.toString();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (error == null) {
                        latencies[i] = System.nanoTime() - t;
                    } else {
                        errors.incrementAndGet();
                        synchronized (samples) {
                            if (samples.size() < 3) {
                                samples.add(error);
                            }
                        }
                    }
                }
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(maxSeconds, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        for (Future<?> f : futures) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a load client failed", e.getCause());
                }
            }
        }
        double seconds = Report.seconds(System.nanoTime() - t0);
        int sent = Math.min(next.get(), maxRequests);
        long[] answered = Arrays.stream(latencies, 0, sent).filter(l -> l > 0).sorted().toArray();
        return new Result(clients, answered, errors.get(), List.copyOf(samples), seconds);
    }
}
