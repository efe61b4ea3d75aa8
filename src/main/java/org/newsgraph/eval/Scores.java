package org.newsgraph.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** True positives, false positives and false negatives per label, with P/R/F1 per label and micro-averaged. */
public final class Scores {

    private final Map<String, int[]> counts = new TreeMap<>();

    public void tp(String label) {
        count(label)[0]++;
    }

    public void fp(String label) {
        count(label)[1]++;
    }

    public void fn(String label) {
        count(label)[2]++;
    }

    private int[] count(String label) {
        return counts.computeIfAbsent(label, k -> new int[3]);
    }

    public Iterable<String> labels() {
        return counts.keySet();
    }

    public double precision(String label) {
        int[] c = count(label);
        return ratio(c[0], c[0] + c[1]);
    }

    public double recall(String label) {
        int[] c = count(label);
        return ratio(c[0], c[0] + c[2]);
    }

    public double f1(String label) {
        return f1(precision(label), recall(label));
    }

    public double microPrecision() {
        int[] t = total();
        return ratio(t[0], t[0] + t[1]);
    }

    public double microRecall() {
        int[] t = total();
        return ratio(t[0], t[0] + t[2]);
    }

    public double microF1() {
        return f1(microPrecision(), microRecall());
    }

    private int[] total() {
        int[] t = new int[3];
        counts.values().forEach(c -> {
            t[0] += c[0];
            t[1] += c[1];
            t[2] += c[2];
        });
        return t;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** A plain-text table: label, gold, predicted, tp, P, R, F1, and a micro line. */
    public String table(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %7s %7s %7s%n", title, "gold", "pred", "tp", "P", "R", "F1"));
        int[] t = total();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-22s %6d %6d %6d %7.3f %7.3f %7.3f%n", e.getKey(), c[0] + c[2],
                    c[0] + c[1], c[0], precision(e.getKey()), recall(e.getKey()), f1(e.getKey())));
        }
        sb.append(String.format(Locale.ROOT, "%-22s %6d %6d %6d %7.3f %7.3f %7.3f%n", "micro", t[0] + t[2],
                t[0] + t[1], t[0], microPrecision(), microRecall(), microF1()));
        return sb.toString();
    }
}
