package org.newsgraph.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryRowTest {

    private record Row(int events, String a, String b) {
        String text() {
            return SummaryRow.of(events, a, b, "2021-10-07", "2021-10-09");
        }
    }

    @Test
    void rowsSortedAsStringsComeInTheSummarysOrder() {
        List<Row> rows = new ArrayList<>(List.of(new Row(1, "王剑峰", "程永平"), new Row(12, "张新伟", "王剑峰"),
                new Row(2, "王剑", "程永平"), new Row(2, "王剑峰", "张勤"), new Row(2, "王剑峰", "张"),
                new Row(100, "约翰·史密斯", "李"), new Row(2, "王剑", "程永平二"), new Row(9, "Anna Lee", "陈博")));
        List<String> byString = new ArrayList<>(rows.stream().map(Row::text).sorted().toList());
        rows.sort(Comparator.comparing(Row::events).reversed().thenComparing(Row::a).thenComparing(Row::b));
        assertEquals(rows.stream().map(Row::text).toList(), byString);
    }

    @Test
    void aRowIsTheCountDownwardsTheLabelsAndTheDates() {
        assertEquals("9999999997张新伟\t王剑峰\t2021-10-07\t2021-10-09", SummaryRow.of(2, "张新伟", "王剑峰", "2021-10-07", "2021-10-09"));
        assertEquals("9999999999张新伟\t王剑峰\t\t", SummaryRow.of(0, "张新伟", "王剑峰", "", ""));
        assertEquals("9999999998a b\tc\t\t", SummaryRow.of(1, "a\tb", "c", "", ""));
    }
}
