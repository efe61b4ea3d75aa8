package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IngestRunTest {

    private static final long GB = 1L << 30;

    @Test
    void aFirstLoadIsEnrichedWholeWhenItsPassFitsTheHeapAndInBatchesWhenNot() {
        assertFalse(IngestRun.inBatches(100_000, 0, false, GB), "100k articles fit in 1 GB (the measured build)");
        assertTrue(IngestRun.inBatches(1_000_000, 0, false, 2 * GB), "1M articles ran out of 2 GB");
        assertFalse(IngestRun.inBatches(1_000_000, 0, false, 10 * GB), "and fit in 10 GB");
    }

    @Test
    void anIncrementOfAnEnrichedStoreGoesInBatchesUpToTheStoresOwnSize() {
        assertTrue(IngestRun.inBatches(500, 1_000, true, GB));
        assertFalse(IngestRun.inBatches(2_000, 1_000, true, GB), "more new than old: rebuilt whole");
        assertFalse(IngestRun.inBatches(500, 1_000, false, GB), "a store never enriched is enriched whole");
        assertFalse(IngestRun.inBatches(0, 1_000, true, GB), "nothing added");
    }
}
