package org.newsgraph.enrich;

/**
 * A pair's row of the who-met-whom summary as one string, which the enrichment pass writes on the pair
 * ({@code ng:summaryRow}) so that the summary reads one index range, with no lookup per pair, and sorts on
 * one key. The row is the event count counting down from {@link #TOP} in {@link #WIDTH} digits (more events
 * sort first), then the two labels, the first and the last date, each after a tab ({@code ""} when the pair
 * has no dates): {@code 9999999997张新伟\t王剑峰\t2021-10-07\t2021-10-09} is a pair with 2 events. Sorted by
 * code unit, rows come in the summary's order, by count (descending) and then the two labels, since a tab
 * sorts before every character a name holds; a character below the space in a label is written as a space.
 */
public final class SummaryRow {

    /** The count a row's digits count down from. */
    public static final long TOP = 9_999_999_999L;

    /** How many digits the count takes. */
    public static final int WIDTH = String.valueOf(TOP).length();

    private SummaryRow() {
    }

    /** The row of a pair with these labels, events and first and last dates ({@code ""} when none). */
    public static String of(int events, String labelA, String labelB, String first, String last) {
        String count = Long.toString(TOP - events);
        return "0".repeat(WIDTH - count.length()) + count + clean(labelA) + "\t" + clean(labelB) + "\t" + first + "\t" + last;
    }

    private static String clean(String label) {
        StringBuilder sb = new StringBuilder(label.length());
        label.chars().forEach(c -> sb.append(c < ' ' ? ' ' : (char) c));
        return sb.toString();
    }
}
