package org.newsgraph.extract;

import org.newsgraph.model.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/**
 * Quantities with a unit: 362.83亿元, 28.9%, 2859公顷, 3076张, 74.77平方公里. The value is normalised with its
 * scale (亿 = 10^8, 万 = 10^4), the unit is normalised where a standard exists (CNY, percent, hectare), and
 * the measured quantity and the kind of change are read from the words just before the number:
 * 【一般公共预算收入】362.83亿元, 【同比增长】28.9%.
 */
public final class FigureRecognizer implements Recognizer {

    public static final String METHOD = "figure-rules";

    private static final Pattern FIGURE = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万亿|亿|千万|百万|万|千(?![米瓦]))?"
            + "(个百分点|%|％|元|美元|平方公里|平方米|公顷|亩|公里|千米|米|吨|千瓦时|千瓦|兆瓦|度|张|名|个|家|人次|人|户|项|件|所|座|辆|台次|台|套|岁|小时|天|次|批|条|处|栋|间|份|倍|架次)");
    private static final Map<String, BigDecimal> SCALE = Map.of(
            "万亿", new BigDecimal("1000000000000"), "亿", new BigDecimal("100000000"),
            "千万", new BigDecimal("10000000"), "百万", new BigDecimal("1000000"),
            "万", new BigDecimal("10000"), "千", new BigDecimal("1000"));
    private static final Map<String, String> UNIT = Map.of(
            "元", "CNY", "美元", "USD", "%", "percent", "％", "percent", "个百分点", "percentage-point",
            "公顷", "hectare", "平方公里", "km2", "平方米", "m2", "公里", "km", "千米", "km");
    private static final Pattern CHANGE = Pattern.compile(
            "(同比|环比|较上届|较上年|比上年|较去年)?(增长|下降|提升|提高|减少|上升|降低|增加|回落)(了)?$");
    private static final Pattern MEASURE_STOP = Pattern.compile("[，,。；;：:、（(）)“”\\s]");
    private static final Pattern MEASURE_TRIM = Pattern.compile(
            "(达到|达|为|是|约|近|超过|突破|累计|共计|共|完成|实现|有|其中|占比)+$");

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            if (m.end() < text.length() && Character.isDigit(text.charAt(m.end()))) {
                continue;
            }
            int s = text.codePointCount(0, m.start());
            out.add(new Mention(new Span(s, s + text.codePointCount(m.start(), m.end())), MentionType.FIGURE,
                    m.group(), METHOD, 0.9));
        }
        return out;
    }

    /** Reads value, unit, measure and change for a FIGURE mention, using the text before it. */
    public Optional<Figure> interpret(Mention mention, String articleText) {
        Matcher m = FIGURE.matcher(mention.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        if (m.group(2) != null) {
            value = value.multiply(SCALE.get(m.group(2)));
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        String unit = UNIT.getOrDefault(m.group(3), m.group(3));
        String before = Text.slice(articleText, Math.max(0, mention.start() - 30), mention.start());
        String change = "";
        Matcher c = CHANGE.matcher(before);
        if (c.find()) {
            change = c.group(1) == null ? c.group(2) : c.group(1) + c.group(2);
            before = before.substring(0, c.start());
        }
        String measure = measureBefore(before);
        return Optional.of(new Figure(mention, value, unit, measure, change, null, ""));
    }

    private static String measureBefore(String before) {
        Matcher stop = MEASURE_STOP.matcher(before);
        int from = 0;
        while (stop.find()) {
            from = stop.end();
        }
        String measure = before.substring(from);
        measure = MEASURE_TRIM.matcher(measure).replaceAll("");
        int len = Text.length(measure);
        return len > 20 ? Text.slice(measure, len - 20, len) : measure;
    }
}
