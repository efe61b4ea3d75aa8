package org.newsgraph.extract;

import org.newsgraph.model.Token;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.TimeValue.Granularity;

/**
 * Date expressions and their normalisation against the publication date: 10月27日, 昨日, 今年1月至9月,
 * 2020—2023年, “十四五”期间, 明年3月份, 二季度. Dates with a written year (1938年10月28日) stay as written;
 * a month and day without a year take the publication year, or the year before when that would put the
 * date more than a month after publication.
 */
public final class DateRecognizer implements Recognizer {

    public static final String METHOD = "date-rules";

    private static final String REL_YEAR = "(今年|去年|明年|前年|当年)";
    private static final String NUM = "(\\d{1,2})";
    private static final String DASH = "\\s*[—–\\-~至到]\\s*";

    /** A pattern and how to turn its match into a time value, given the publication date. */
    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, Optional<Value>> normalise) {
    }

    /** A normalised value before it is attached to a mention. */
    private record Value(String iso, LocalDate start, LocalDate end, Granularity granularity, boolean relative) {
    }

    private final List<Rule> rules = List.of(
        rule("(\\d{4})年" + NUM + "月" + NUM + "[日号]" + DASH + NUM + "[日号]", (m, p) -> interval(
            day(year(m, 1), m.group(2), m.group(3)), day(year(m, 1), m.group(2), m.group(4)), false)),
        rule("(\\d{4})年" + NUM + "月" + NUM + "[日号]", (m, p) -> dayValue(year(m, 1), m.group(2), m.group(3), false)),
        rule("(\\d{4})年度?" + NUM + "月?(?:份)?" + DASH + NUM + "月(?:份)?", (m, p) -> interval(
            month(year(m, 1), m.group(2)), monthEnd(year(m, 1), m.group(3)), false)),
        rule("(\\d{4})年" + NUM + "月(?:份)?", (m, p) -> monthValue(year(m, 1), m.group(2), false)),
        rule("(\\d{4})" + DASH + "(\\d{4})年", (m, p) -> interval(
            LocalDate.of(year(m, 1), 1, 1), LocalDate.of(year(m, 2), 12, 31), false)),
        rule("(\\d{4})年(上半年|下半年|前三季度|[一二三四]季度末?|第[一二三四]季度|年底|年初|初(?!中)|底|末)", (m, p) ->
            part(year(m, 1), m.group(2), false)),
        rule("(\\d{4})年度?", (m, p) -> yearValue(year(m, 1), false)),
        rule(REL_YEAR + NUM + "月(?:份)?" + DASH + NUM + "月(?:份)?", (m, p) -> p == null ? Optional.empty()
            : interval(month(relYear(m.group(1), p), m.group(2)), monthEnd(relYear(m.group(1), p), m.group(3)), true)),
        rule(REL_YEAR + NUM + "月" + NUM + "[日号]", (m, p) -> p == null ? Optional.empty()
            : dayValue(relYear(m.group(1), p), m.group(2), m.group(3), true)),
        rule(REL_YEAR + NUM + "月(?:份)?", (m, p) -> p == null ? Optional.empty()
            : monthValue(relYear(m.group(1), p), m.group(2), true)),
        rule(REL_YEAR + "(上半年|下半年|前三季度|[一二三四]季度末?|第[一二三四]季度|年底|年初|同期|末)?(?=以来)?",
            (m, p) -> p == null ? Optional.empty() : m.group(2) == null || m.group(2).equals("同期")
                ? yearValue(relYear(m.group(1), p), true) : part(relYear(m.group(1), p), m.group(2), true)),
        rule("(上年度|上年末|上年)", (m, p) -> p == null ? Optional.empty()
            : m.group(1).equals("上年末") ? part(p.getYear() - 1, "年底", true) : yearValue(p.getYear() - 1, true)),
        rule(NUM + "月" + NUM + "[日号]" + DASH + NUM + "[日号]", (m, p) -> p == null ? Optional.empty()
            : interval(dayNear(p, m.group(1), m.group(2)), dayNear(p, m.group(1), m.group(3)), true)),
        rule(NUM + "月" + NUM + "[日号]", (m, p) -> p == null ? Optional.empty()
            : Optional.of(dayOf(dayNear(p, m.group(1), m.group(2)), true))),
        rule(NUM + "月(?:份)?" + DASH + NUM + "月(?:份)?", (m, p) -> p == null ? Optional.empty()
            : interval(month(p.getYear(), m.group(1)), monthEnd(p.getYear(), m.group(2)), true)),
        rule("(?<!每)(上半年|下半年|前三季度|[一二三四]季度末?|第[一二三四]季度|首季|季末|年底|年初)", (m, p) -> p == null
            ? Optional.empty() : part(p.getYear(), m.group(1), true)),
        rule(NUM + "月(初|底|末|中旬|上旬|下旬|份)", (m, p) -> p == null ? Optional.empty()
            : monthValue(monthNear(p, m.group(1)), true)),
        rule("国庆(?:节)?期间", (m, p) -> p == null ? Optional.empty()
            : interval(LocalDate.of(p.getYear(), 10, 1), LocalDate.of(p.getYear(), 10, 7), true)),
        rule("(昨日|昨天|今天|今日|前天|明天|明日|即日|当日|当天|同日)", (m, p) -> p == null ? Optional.empty()
            : Optional.of(dayOf(p.plusDays(offsetOf(m.group(1))), true))),
        rule("(上月|本月|下月)", (m, p) -> p == null ? Optional.empty()
            : monthValue(YearMonth.from(p).plusMonths(m.group(1).equals("上月") ? -1 : m.group(1).equals("下月") ? 1 : 0))),
        rule("“?十四五”?(?:期间|时期)?", (m, p) -> interval(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), false)),
        rule("“?十三五”?(?:期间|时期)?", (m, p) -> interval(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), false)),
        rule("(?<![\\d月年A-Za-z])" + NUM + "日(?![\\d内])", (m, p) -> p == null || Integer.parseInt(m.group(1)) > 31
            ? Optional.empty() : Optional.of(dayOf(dayNear(p, String.valueOf(p.getMonthValue()), m.group(1)), true))));

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        for (Rule r : rules) {
            Matcher m = r.pattern.matcher(text);
            while (m.find()) {
                if (m.group().equals("十四五") || m.group().equals("十三五")) {
                    continue; // the plan itself, not its period, unless quoted or followed by 期间
                }
                if (r.normalise.apply(m, article.published()).isPresent() || article.published() == null) {
                    int s = text.codePointCount(0, m.start());
                    out.add(new Mention(new Span(s, s + text.codePointCount(m.start(), m.end())),
                            MentionType.DATE, m.group(), METHOD, 0.95));
                }
            }
        }
        return out;
    }

    /** Normalises a DATE mention found by any recogniser; empty when its text matches no rule. */
    public Optional<TimeValue> normalise(Mention mention, LocalDate published) {
        for (Rule r : rules) {
            Matcher m = r.pattern.matcher(mention.text());
            if (m.matches()) {
                Optional<Value> v = r.normalise.apply(m, published);
                if (v.isPresent()) {
                    Value x = v.get();
                    return Optional.of(new TimeValue(mention, x.iso, x.start, x.end, x.granularity, x.relative));
                }
            }
        }
        return Optional.empty();
    }

    private static Rule rule(String regex, BiFunction<Matcher, LocalDate, Optional<Value>> f) {
        return new Rule(Pattern.compile(regex), (m, p) -> {
            try {
                return f.apply(m, p);
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return Optional.empty(); // 2月30日 and the like: not a date
            }
        });
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int relYear(String word, LocalDate published) {
        return switch (word) {
            case "去年" -> published.getYear() - 1;
            case "明年" -> published.getYear() + 1;
            case "前年" -> published.getYear() - 2;
            default -> published.getYear();
        };
    }

    /**
     * Days relative to publication. 当日/当天/同日 refer to the day of the reported event, which local news
     * reports the day before publication.
     */
    private static int offsetOf(String word) {
        return switch (word) {
            case "昨日", "昨天", "当日", "当天", "同日" -> -1;
            case "前天" -> -2;
            case "明天", "明日" -> 1;
            default -> 0;
        };
    }

    /** A month-day without a year: the publication year, or the year before if that is well after publication. */
    private static LocalDate dayNear(LocalDate published, String month, String day) {
        LocalDate d = LocalDate.of(published.getYear(), Integer.parseInt(month), Integer.parseInt(day));
        return d.isAfter(published.plusDays(31)) ? d.minusYears(1) : d;
    }

    /**
     * A month without a year (8月底, 12月份): the publication year, or the year before when that would be
     * more than half a year ahead. Months are often plans (8月底将投产), so they may lie ahead; a January
     * paper's 12月份 is last December.
     */
    private static YearMonth monthNear(LocalDate published, String month) {
        YearMonth ym = YearMonth.of(published.getYear(), Integer.parseInt(month));
        return ym.isAfter(YearMonth.from(published).plusMonths(6)) ? ym.minusYears(1) : ym;
    }

    private static LocalDate day(int year, String month, String day) {
        return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate month(int year, String month) {
        return LocalDate.of(year, Integer.parseInt(month), 1);
    }

    private static LocalDate monthEnd(int year, String month) {
        return YearMonth.of(year, Integer.parseInt(month)).atEndOfMonth();
    }

    private static Value dayOf(LocalDate d, boolean relative) {
        return new Value(d.toString(), d, d, Granularity.DAY, relative);
    }

    private static Optional<Value> dayValue(int year, String month, String day, boolean relative) {
        return Optional.of(dayOf(day(year, month, day), relative));
    }

    private static Optional<Value> monthValue(int year, String month, boolean relative) {
        return monthValue(YearMonth.of(year, Integer.parseInt(month)), relative);
    }

    private static Optional<Value> monthValue(YearMonth ym) {
        return monthValue(ym, true);
    }

    private static Optional<Value> monthValue(YearMonth ym, boolean relative) {
        return Optional.of(new Value(ym.toString(), ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, relative));
    }

    private static Optional<Value> yearValue(int year, boolean relative) {
        return Optional.of(new Value(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Granularity.YEAR, relative));
    }

    private static Optional<Value> interval(LocalDate start, LocalDate end, boolean relative) {
        if (end.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(new Value(start + "/" + end, start, end, Granularity.INTERVAL, relative));
    }

    private static Optional<Value> part(int year, String part, boolean relative) {
        String p = part.replace("第", "").replace("季度末", "季度").replace("首季", "一季度");
        if (p.equals("季末")) {
            p = "一季度"; // the quarter-end figures of a first-quarter report
        }
        int[] months = switch (p) {
            case "上半年" -> new int[] {1, 6};
            case "下半年" -> new int[] {7, 12};
            case "前三季度" -> new int[] {1, 9};
            case "一季度" -> new int[] {1, 3};
            case "二季度" -> new int[] {4, 6};
            case "三季度" -> new int[] {7, 9};
            case "四季度" -> new int[] {10, 12};
            case "年初", "初" -> new int[] {1, 2};
            default -> new int[] {11, 12}; // 年底, 底, 末
        };
        LocalDate start = LocalDate.of(year, months[0], 1);
        LocalDate end = YearMonth.of(year, months[1]).atEndOfMonth();
        Granularity g = p.endsWith("季度") && !p.equals("前三季度") ? Granularity.QUARTER : Granularity.INTERVAL;
        String iso = g == Granularity.QUARTER ? year + "-Q" + ((months[0] - 1) / 3 + 1) : start + "/" + end;
        return Optional.of(new Value(iso, start, end, g, relative));
    }
}
