package org.newsgraph.store;

/**
 * When to compact a store automatically. TDB2 keeps superseded blocks until the database is compacted
 * (batched writes still leave a store several times bigger than its data), so a long ingest compacts
 * whenever the database has grown {@code factor} times since its last compaction and is past
 * {@code minBytes}: at geometric sizes, so that all compactions together cost about as much as copying
 * the final database once or twice. A compaction needs the store without open transactions; it waits
 * {@code waitMillis} for that and is otherwise left to the next check.
 */
public record Compaction(double factor, long minBytes, long waitMillis) {

    /** Never compact automatically. */
    public static final Compaction NEVER = new Compaction(Double.POSITIVE_INFINITY, Long.MAX_VALUE);

    /** The default: at twice the size after the last compaction, and never below 256 MB. */
    public static final Compaction AUTO = new Compaction(2.0, 256L << 20);

    /** How long a compaction waits by default for readers to finish before it is left for later. */
    public static final long DEFAULT_WAIT_MILLIS = 10_000;

    public Compaction(double factor, long minBytes) {
        this(factor, minBytes, DEFAULT_WAIT_MILLIS);
    }

    public Compaction {
        if (!(factor > 1)) {
            throw new IllegalArgumentException("factor must be above 1: " + factor);
        }
    }

    boolean due(long bytes, long bytesAfterLast) {
        return bytes >= minBytes && bytes > factor * bytesAfterLast;
    }
}
