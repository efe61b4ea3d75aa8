package org.newsgraph.extract.ner;

/**
 * Feature hash → one weight per label, in open addressing over one primitive array. A slot holds a
 * 32-bit check of the hash and the label weights as 16-bit fixed-point numbers (hundredths, as in the
 * model file), side by side, so a look-up touches one cache line and the whole table stays small.
 *
 * <p>Tagging looks up about twenty features per character and the table is far bigger than the CPU's
 * caches, so the cost is memory latency. {@link #score} therefore probes a whole sentence's features in
 * one pass of independent loads, which the CPU overlaps, before it adds any weights. A feature is
 * identified by its slot position (the hash's high bits) and the check (its folded halves): about 50
 * bits in all, so a false match has odds of about 10⁻⁹ per sentence.
 */
final class FeatureTable {

    /** Weights are stored in hundredths: the model file's own precision. */
    static final float SCALE = 100f;

    private final int labels;
    private final int stride;
    private final int[] slots;
    private final int shift;
    private final int mask;
    private final int capacity;
    private int size;

    /** @param capacity the most distinct features that will be added */
    FeatureTable(int capacity, int labels) {
        this.labels = labels;
        this.stride = 1 + (labels + 1) / 2;
        this.capacity = Math.max(1, capacity);
        int bits = Math.max(4, 64 - Long.numberOfLeadingZeros((long) Math.ceil(this.capacity / 0.75) - 1));
        this.slots = new int[(1 << bits) * stride];
        this.shift = 64 - bits;
        this.mask = (1 << bits) - 1;
    }

    /** Adds {@code w[from .. from+labels)} (rounded to hundredths) to the weights of the feature with this hash. */
    void add(long hash, float[] w, int from) {
        add(hash, w, from, 0, labels);
    }

    /**
     * Adds {@code w[from .. from+count)} to the weights {@code column .. column+count)} of the feature with
     * this hash: a table of several domains keeps each domain's labels in a block of columns.
     */
    void add(long hash, float[] w, int from, int column, int count) {
        int check = check(hash);
        int slot = home(hash);
        while (slots[slot * stride] != check) {
            if (slots[slot * stride] == 0) {
                if (size == capacity) {
                    throw new IllegalStateException("feature table is full: " + size + " features");
                }
                size++;
                slots[slot * stride] = check;
                break;
            }
            slot = (slot + 1) & mask;
        }
        int at = slot * stride;
        for (int y = 0; y < count; y++) {
            int sum = weight(at, column + y) + Math.round(w[from + y] * SCALE);
            setWeight(at, column + y, Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sum)));
        }
    }

    /**
     * Adds the weights of known features to the scores: feature {@code k} (hash {@code hashes[k]}) belongs
     * to character {@code positions[k]}, whose label scores are {@code scores[position * labels + y]}, in
     * hundredths.
     */
    void score(long[] hashes, int[] positions, int count, int[] scores) {
        int[] found = new int[count];
        for (int k = 0; k < count; k++) {
            // independent loads: the CPU has many of these cache misses in flight at once
            int at = home(hashes[k]) * stride;
            int c = slots[at];
            found[k] = c == check(hashes[k]) ? at : c == 0 ? -1 : -2;
        }
        for (int k = 0; k < count; k++) {
            int at = found[k] == -2 ? probe(hashes[k]) : found[k];
            if (at >= 0) {
                int base = positions[k] * labels;
                for (int y = 0; y < labels; y++) {
                    scores[base + y] += weight(at, y);
                }
            }
        }
    }

    /** The slot offset of a feature whose home slot holds another one, or -1. */
    private int probe(long hash) {
        int check = check(hash);
        int slot = home(hash);
        int c;
        while ((c = slots[slot * stride]) != check) {
            if (c == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
        return slot * stride;
    }

    private int weight(int at, int y) {
        int packed = slots[at + 1 + y / 2];
        return (short) (y % 2 == 0 ? packed : packed >>> 16);
    }

    private void setWeight(int at, int y, int value) {
        int i = at + 1 + y / 2;
        slots[i] = y % 2 == 0 ? (slots[i] & 0xffff0000) | (value & 0xffff) : (slots[i] & 0xffff) | (value << 16);
    }

    private int home(long hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** Zero marks an empty slot, so no check is zero. */
    private static int check(long hash) {
        int c = (int) (hash ^ (hash >>> 32));
        return c == 0 ? 1 : c;
    }
}
