package org.newsgraph.model;

import java.math.BigDecimal;

/**
 * A quantity: 一般公共预算收入【362.83亿元】, 同比增长【28.9%】.
 *
 * @param value the number with its scale applied (362.83亿 → 36283000000)
 * @param unit normalised unit: CNY, percent, hectare, or the measure word as written (张, 名, 个)
 * @param measure what is measured, as written before the number; empty when not found
 * @param change the change kind when stated (同比增长, 下降, 提升), empty otherwise
 * @param period the time the figure is about (前三季度 → 2021-01-01/2021-09-30), or null
 * @param about the canonical name of the place or organisation the figure is about, empty when none
 */
public record Figure(Mention mention, BigDecimal value, String unit, String measure, String change,
                     TimeValue period, String about) {

    /** The same figure with its context filled in. */
    public Figure withContext(TimeValue period, String about) {
        return new Figure(mention, value, unit, measure, change, period, about);
    }
}
