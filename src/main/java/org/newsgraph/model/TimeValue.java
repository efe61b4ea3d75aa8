package org.newsgraph.model;

import java.time.LocalDate;

/**
 * A date expression normalised against the publication date.
 *
 * @param value ISO 8601 text: {@code 2021-12-20}, {@code 2021-12}, {@code 2021}, or an interval
 *              {@code 2021-01-01/2021-09-30}, or a quarter {@code 2021-Q2}
 * @param start first day covered
 * @param end last day covered (inclusive)
 * @param relative true when resolved from a relative expression (昨日, 今年, 明年3月份)
 */
public record TimeValue(Mention mention, String value, LocalDate start, LocalDate end,
                        Granularity granularity, boolean relative) {

    public enum Granularity { DAY, MONTH, QUARTER, YEAR, INTERVAL }
}
