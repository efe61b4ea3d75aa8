package org.newsgraph.model;

/**
 * A half-open range [start, end) of Unicode code points.
 *
 * <p>Design decision: code points, not UTF-16 units, because readers outside Java (Python's
 * {@code text[start:end]}, most JSON tools) count code points, and a rare character such as 𠈌
 * would otherwise shift every offset after it.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public Span shift(int by) {
        return new Span(start + by, end + by);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
