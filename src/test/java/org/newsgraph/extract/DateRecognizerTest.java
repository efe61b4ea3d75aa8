package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.model.Mention;
import org.newsgraph.model.TimeValue;

class DateRecognizerTest {

    private final DateRecognizer dates = new DateRecognizer();

    /** Finds the dates of a text published on the given day and normalises each. */
    private List<String> normalised(String text, String published) {
        LocalDate p = LocalDate.parse(published);
        List<Mention> found = dates.find(Fixtures.article(text, published), List.of());
        return found.stream().map(m -> m.text() + "=" + dates.normalise(m, p).map(TimeValue::value).orElse("?")).toList();
    }

    @Test
    void aMonthAndDayTakeThePublicationYear() {
        assertTrue(normalised("10月27日，市委召开会议。", "2021-10-28").contains("10月27日=2021-10-27"));
    }

    @Test
    void aMonthAndDayWellAfterPublicationAreLastYear() {
        assertTrue(normalised("12月20日，项目开工。", "2022-01-05").contains("12月20日=2021-12-20"));
    }

    @Test
    void relativeDaysCountFromPublication() {
        Mention m = dates.find(Fixtures.article("昨日，省长会见了客人。", "2021-10-28"), List.of()).get(0);
        TimeValue v = dates.normalise(m, LocalDate.parse("2021-10-28")).orElseThrow();
        assertEquals("2021-10-27", v.value());
        assertTrue(v.relative());
    }

    @Test
    void aWrittenYearStaysAsWritten() {
        assertTrue(normalised("1938年10月28日，八路军到达。", "2021-10-28").contains("1938年10月28日=1938-10-28"));
    }

    @Test
    void thePlanPeriodIsAnIntervalOnlyWhenQuotedOrNamedAsAPeriod() {
        assertTrue(normalised("“十四五”期间，全市将推进改革。", "2021-10-28")
                .contains("“十四五”期间=2021-01-01/2025-12-31"));
        assertTrue(normalised("编制十四五规划。", "2021-10-28").stream().noneMatch(s -> s.startsWith("十四五")));
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertTrue(normalised("2月30日，会议召开。", "2021-10-28").stream().noneMatch(s -> s.startsWith("2月30日")));
    }
}
