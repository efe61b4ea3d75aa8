package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Names;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/**
 * Who-met-whom against gold: the pairs of named people that the text says took part in one event
 * (gold/contacts/*.jsonl, see tools/contact-gold/ANNOTATION.md), against the pairs of participants of
 * each extracted event. A pair is two names as written, in either order.
 */
public final class ContactEvaluator {

    /** One gold sentence: its pairs ("A|B", A before B) with their kind (meet, talk, call, attend, accompany). */
    public record GoldRecord(String id, String text, Map<String, String> pairs, String negative) {
    }

    /** Pair counts overall and per gold kind, and the records that went wrong. */
    public record Report(int truePositives, int falsePositives, int falseNegatives, Map<String, int[]> recallByKind,
                         List<String> errors, int records, int recordsExact) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("contact pairs: P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                    precision(), recall(), f1(), truePositives, falsePositives, falseNegatives));
            sb.append(String.format("records with exactly the gold pairs: %d of %d%n", recordsExact, records));
            recallByKind.forEach((k, v) -> sb.append(String.format("  recall %-10s %.3f  (%d of %d)%n", k,
                    ratio(v[0], v[1]), v[0], v[1])));
            return sb.toString();
        }
    }

    private ContactEvaluator() {
    }

    public static List<GoldRecord> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldRecord> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                Map<String, String> pairs = new TreeMap<>();
                n.path("pairs").forEach(p -> pairs.put(pair(p.path("a").asText(), p.path("b").asText()),
                        p.path("kind").asText("")));
                out.add(new GoldRecord(n.path("id").asText(), n.path("text").asText(), pairs,
                        n.path("negative").asText("")));
            }
        }
        return out;
    }

    /** The record as JSON Lines would bring it: one paragraph, no date, no home jurisdiction. */
    public static Article article(GoldRecord r) {
        Span all = new Span(0, Text.length(r.text()));
        return new Article(r.id(), r.text(), null, false, "", Jurisdiction.NONE,
                new Article.Source("gold", null, null), List.of(new Section(Section.Kind.BODY, all)));
    }

    /** The unordered pairs of participants of each event. */
    public static Set<String> pairs(Analysis a) {
        Set<String> out = new TreeSet<>();
        for (Event e : a.events()) {
            List<String> names = e.participants().stream().map(p -> Names.compact(p.person().text())).distinct().toList();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    out.add(pair(names.get(i), names.get(j)));
                }
            }
        }
        return out;
    }

    static String pair(String a, String b) {
        String x = Names.compact(a);
        String y = Names.compact(b);
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    public static Report evaluate(List<GoldRecord> gold, Function<Article, Analysis> extractor) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int exact = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (GoldRecord r : gold) {
            Set<String> predicted = pairs(extractor.apply(article(r)));
            for (Map.Entry<String, String> g : r.pairs().entrySet()) {
                int[] k = byKind.computeIfAbsent(g.getValue(), x -> new int[2]);
                k[1]++;
                if (predicted.contains(g.getKey())) {
                    tp++;
                    k[0]++;
                } else {
                    fn++;
                    errors.add("FN " + r.id() + " " + g.getKey() + " (" + g.getValue() + ")  " + r.text());
                }
            }
            for (String p : predicted) {
                if (!r.pairs().containsKey(p)) {
                    fp++;
                    errors.add("FP " + r.id() + " " + p + (r.negative().isEmpty() ? "" : " [" + r.negative() + "]")
                            + "  " + r.text());
                }
            }
            if (predicted.equals(r.pairs().keySet())) {
                exact++;
            }
        }
        return new Report(tp, fp, fn, byKind, errors, gold.size(), exact);
    }
}
