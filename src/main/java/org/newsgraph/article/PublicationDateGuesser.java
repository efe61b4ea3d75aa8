package org.newsgraph.article;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out a page's publication date from its text when no manifest gives it.
 *
 * <p>Evidence, strongest first: a 历史上的今天 box dates its entries with today's month and day;
 * otherwise local news reports the previous day, so the latest 本报讯 M月D日 date plus one day. The year
 * is the most frequently written recent year (20xx年). The result is always marked as inferred.
 */
public final class PublicationDateGuesser {

    private static final Pattern BOX_DATE = Pattern.compile("(?m)^\\d{3,4}年(\\d{1,2})月(\\d{1,2})日\\s*$");
    private static final Pattern DATELINE_DATE =
            Pattern.compile("本报讯\\**\\s*(?:记者\\S{0,6}\\s*)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");

    public Optional<LocalDate> guess(String page) {
        Optional<Integer> year = mostFrequentYear(page);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Matcher box = BOX_DATE.matcher(page);
        while (box.find()) {
            Optional<MonthDay> md = monthDay(box.group(1), box.group(2));
            if (md.isPresent()) {
                return Optional.of(md.get().atYear(year.get()));
            }
        }
        Matcher m = DATELINE_DATE.matcher(page);
        MonthDay latest = null;
        while (m.find()) {
            MonthDay md = monthDay(m.group(1), m.group(2)).orElse(null);
            if (md != null && (latest == null || md.isAfter(latest))) {
                latest = md;
            }
        }
        return latest == null ? Optional.empty() : Optional.of(latest.atYear(year.get()).plusDays(1));
    }

    /** 2月30日 and 13月 occur in OCR noise: they are no dates. */
    private static Optional<MonthDay> monthDay(String month, String day) {
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> mostFrequentYear(String page) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Matcher m = YEAR.matcher(page);
        while (m.find()) {
            counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}
