package org.newsgraph.extract;

import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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

    private final Pattern figure;
    private final Map<String, BigDecimal> multipliers = new HashMap<>();
    private final Map<String, String> unitCodes = new HashMap<>();
    private final Pattern changeWords;
    private final Pattern measureTrim;
    private static final Pattern MEASURE_STOP = Pattern.compile("[，,。；;：:、（(）)“”\\s]");

    /** Reads the scale words, units and change words of {@code figure-words.tsv}; the patterns are built once here. */
    public FigureRecognizer(Lexicons lexicons) {
        Map<String, List<String>> words = new HashMap<>();
        List<String> scales = new ArrayList<>();
        for (String[] r : lexicons.rows("figure-words.tsv", 3)) {
            String word = r[1];
            if (r[0].equals("scale")) {
                int bang = word.indexOf('!');
                String bare = bang < 0 ? word : word.substring(0, bang);
                scales.add(bang < 0 ? bare : bare + "(?![" + word.substring(bang + 1) + "])");
                multipliers.put(bare, new BigDecimal(r[2]));
                continue;
            }
            words.computeIfAbsent(r[0], k -> new ArrayList<>()).add(word);
            if (r[0].equals("unit") && !r[2].isEmpty()) {
                unitCodes.put(word, r[2]);
            }
        }
        figure = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(" + String.join("|", scales) + ")?("
                + alternation(words.get("unit")) + ")");
        changeWords = Pattern.compile("(" + alternation(words.get("comparison")) + ")?(" + alternation(words.get("change"))
                + ")(了)?$");
        measureTrim = Pattern.compile("(" + alternation(words.get("linking")) + ")+$");
    }

    private static String alternation(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        String text = article.text();
        List<Mention> out = new ArrayList<>();
        Matcher m = figure.matcher(text);
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
        Matcher m = figure.matcher(mention.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        if (m.group(2) != null) {
            value = value.multiply(multipliers.get(m.group(2)));
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        String unit = unitCodes.getOrDefault(m.group(3), m.group(3));
        String before = Text.slice(articleText, Math.max(0, mention.start() - 30), mention.start());
        String change = "";
        Matcher c = changeWords.matcher(before);
        if (c.find()) {
            change = c.group(1) == null ? c.group(2) : c.group(1) + c.group(2);
            before = before.substring(0, c.start());
        }
        String measure = measureBefore(before);
        return Optional.of(new Figure(mention, value, unit, measure, change, null, ""));
    }

    private String measureBefore(String before) {
        Matcher stop = MEASURE_STOP.matcher(before);
        int from = 0;
        while (stop.find()) {
            from = stop.end();
        }
        String measure = before.substring(from);
        measure = measureTrim.matcher(measure).replaceAll("");
        int len = Text.length(measure);
        return len > 20 ? Text.slice(measure, len - 20, len) : measure;
    }
}
