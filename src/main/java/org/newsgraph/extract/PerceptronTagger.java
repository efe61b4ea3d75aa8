package org.newsgraph.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A character-level BIO sequence tagger: averaged structured perceptron with first-order transitions and
 * Viterbi decoding that only allows well-formed BIO sequences (I-X follows B-X or I-X).
 *
 * <p>Domain adaptation by feature augmentation (Daumé 2007): every feature is also seen as a copy
 * conjoined with the sentence's corpus, so the shared weights learn what corpora agree on and the copies
 * learn each corpus's own annotation habits. Tagging names the domain whose habits to follow.
 *
 * <p>Immutable once trained or loaded; safe to share between threads.
 */
public final class PerceptronTagger {

    private static final int MAGIC = 0x4e474e52; // "NGNR"

    private final String[] labels;
    private final Map<String, Integer> features;
    private final float[] weights;      // feature * L + label
    private final float[] transitions;  // (previous + 1) * L + label; previous -1 = sentence start
    private final Map<String, Map<String, int[]>> byDomain = new java.util.concurrent.ConcurrentHashMap<>();

    private PerceptronTagger(String[] labels, Map<String, Integer> features, float[] weights, float[] transitions) {
        this.labels = labels;
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
    }

    public int featureCount() {
        return features.size();
    }

    /**
     * For tagging in one domain: each base feature with its own id and the id of its domain copy
     * ({@code pd98|c0=市}), so that tagging looks each feature up once and builds no strings. Domain
     * copies are the keys whose part before the first '|' has no '='.
     */
    private Map<String, int[]> indexFor(String domain) {
        Map<String, int[]> index = new HashMap<>(features.size());
        String prefix = domain + "|";
        for (Map.Entry<String, Integer> e : features.entrySet()) {
            String key = e.getKey();
            int bar = key.indexOf('|');
            boolean domainCopy = bar > 0 && key.lastIndexOf('=', bar) < 0;
            if (!domainCopy) {
                index.computeIfAbsent(key, k -> new int[] {-1, -1})[0] = e.getValue();
            } else if (key.startsWith(prefix)) {
                index.computeIfAbsent(key.substring(prefix.length()), k -> new int[] {-1, -1})[1] = e.getValue();
            }
        }
        return index;
    }

    /** Tags one sentence given its per-character features, following the given domain's guidelines. */
    public String[] tag(List<String>[] feats, String domain) {
        Map<String, int[]> index = byDomain.computeIfAbsent(domain, this::indexFor);
        int[][] ids = new int[feats.length][];
        for (int i = 0; i < feats.length; i++) {
            int[] row = new int[feats[i].size() * 2];
            int n = 0;
            for (String f : feats[i]) {
                int[] pair = index.get(f);
                if (pair != null) {
                    if (pair[0] >= 0) {
                        row[n++] = pair[0];
                    }
                    if (pair[1] >= 0) {
                        row[n++] = pair[1];
                    }
                }
            }
            ids[i] = java.util.Arrays.copyOf(row, n);
        }
        int[] best = viterbi(ids, weights, transitions, labels);
        String[] out = new String[best.length];
        for (int i = 0; i < best.length; i++) {
            out[i] = labels[best[i]];
        }
        return out;
    }

    private static List<String> augment(List<String> f, String domain) {
        List<String> out = new ArrayList<>(f.size() * 2);
        out.addAll(f);
        for (String x : f) {
            out.add(domain + "|" + x);
        }
        return out;
    }

    private static int[] ids(List<String> f, Map<String, Integer> index) {
        int[] ids = new int[f.size()];
        int n = 0;
        for (String s : f) {
            Integer id = index.get(s);
            if (id != null) {
                ids[n++] = id;
            }
        }
        return java.util.Arrays.copyOf(ids, n);
    }

    private static boolean allowed(String[] labels, int prev, int cur) {
        String c = labels[cur];
        if (!c.startsWith("I-")) {
            return true;
        }
        if (prev < 0) {
            return false;
        }
        String p = labels[prev];
        return p.length() > 2 && p.substring(2).equals(c.substring(2));
    }

    private static int[] viterbi(int[][] ids, float[] w, float[] t, String[] labels) {
        int n = ids.length;
        int l = labels.length;
        if (n == 0) {
            return new int[0];
        }
        float[][] score = new float[n][l];
        int[][] back = new int[n][l];
        for (int i = 0; i < n; i++) {
            float[] emit = new float[l];
            for (int id : ids[i]) {
                int base = id * l;
                for (int y = 0; y < l; y++) {
                    emit[y] += w[base + y];
                }
            }
            for (int y = 0; y < l; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    best = allowed(labels, -1, y) ? t[y] : Float.NEGATIVE_INFINITY;
                } else {
                    for (int p = 0; p < l; p++) {
                        if (!allowed(labels, p, y)) {
                            continue;
                        }
                        float s = score[i - 1][p] + t[(p + 1) * l + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[i][y] = best + emit[y];
                back[i][y] = arg;
            }
        }
        int[] path = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < l; y++) {
            if (score[n - 1][y] > best) {
                best = score[n - 1][y];
                path[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    /**
     * Trains on tagged sentences.
     *
     * @param minCount features seen fewer times are dropped (keeps the model small)
     * @param progress told the epoch number after each epoch
     */
    public static PerceptronTagger train(List<TaggedSentence> data, CharFeatures featurizer, int epochs, int minCount,
                                         long seed, IntConsumer progress) {
        List<String> labelList = new ArrayList<>(List.of("O"));
        Map<String, Integer> counts = new HashMap<>();
        List<List<String>[]> featureLists = new ArrayList<>(data.size());
        for (TaggedSentence s : data) {
            for (String lab : s.labels()) {
                if (!labelList.contains(lab)) {
                    labelList.add(lab);
                }
            }
            List<String>[] f = featurizer.extract(s.chars());
            for (int i = 0; i < f.length; i++) {
                f[i] = augment(f[i], s.domain());
            }
            featureLists.add(f);
            for (List<String> fs : f) {
                for (String x : fs) {
                    counts.merge(x, 1, Integer::sum);
                }
            }
        }
        Collections.sort(labelList);
        String[] labels = labelList.toArray(new String[0]);
        Map<String, Integer> index = new HashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted()
                .forEach(k -> index.put(k, index.size()));
        int l = labels.length;
        Map<String, Integer> labelIds = new HashMap<>();
        for (int i = 0; i < l; i++) {
            labelIds.put(labels[i], i);
        }
        int[][][] ids = new int[data.size()][][];
        int[][] gold = new int[data.size()][];
        for (int s = 0; s < data.size(); s++) {
            List<String>[] f = featureLists.get(s);
            ids[s] = new int[f.length][];
            gold[s] = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                ids[s][i] = ids(f[i], index);
                gold[s][i] = labelIds.get(data.get(s).labels()[i]);
            }
        }
        featureLists.clear();

        float[] w = new float[index.size() * l];
        float[] wSum = new float[w.length];
        float[] t = new float[(l + 1) * l];
        float[] tSum = new float[t.length];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int s : order) {
                int[] predicted = viterbi(ids[s], w, t, labels);
                int[] g = gold[s];
                for (int i = 0; i < g.length; i++) {
                    int gp = i == 0 ? -1 : g[i - 1];
                    int pp = i == 0 ? -1 : predicted[i - 1];
                    if (g[i] != predicted[i] || gp != pp) {
                        int gt = (gp + 1) * l + g[i];
                        int pt = (pp + 1) * l + predicted[i];
                        t[gt] += 1;
                        tSum[gt] += step;
                        t[pt] -= 1;
                        tSum[pt] -= step;
                    }
                    if (g[i] != predicted[i]) {
                        for (int id : ids[s][i]) {
                            w[id * l + g[i]] += 1;
                            wSum[id * l + g[i]] += step;
                            w[id * l + predicted[i]] -= 1;
                            wSum[id * l + predicted[i]] -= step;
                        }
                    }
                }
                step++;
            }
            progress.accept(epoch);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] -= wSum[i] / step;
        }
        for (int i = 0; i < t.length; i++) {
            t[i] -= tSum[i] / step;
        }
        return new PerceptronTagger(labels, index, w, t);
    }

    /** Writes the model, gzip-compressed, dropping features whose weights are all near zero. */
    public void save(OutputStream raw) throws IOException {
        int l = labels.length;
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : features.entrySet()) {
            int base = e.getValue() * l;
            for (int y = 0; y < l; y++) {
                if (Math.abs(weights[base + y]) > 1e-2f) {
                    kept.add(e.getKey());
                    break;
                }
            }
        }
        Collections.sort(kept);
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
            out.writeInt(MAGIC);
            out.writeInt(l);
            for (String lab : labels) {
                out.writeUTF(lab);
            }
            for (float x : transitions) {
                out.writeFloat(x);
            }
            out.writeInt(kept.size());
            for (String f : kept) {
                out.writeUTF(f);
                int base = features.get(f) * l;
                for (int y = 0; y < l; y++) {
                    // two decimals are plenty for perceptron weights and compress far better
                    out.writeShort(Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(weights[base + y] * 100))));
                }
            }
        }
    }

    public static PerceptronTagger load(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a newsgraph NER model");
            }
            int l = in.readInt();
            String[] labels = new String[l];
            for (int i = 0; i < l; i++) {
                labels[i] = in.readUTF();
            }
            float[] t = new float[(l + 1) * l];
            for (int i = 0; i < t.length; i++) {
                t[i] = in.readFloat();
            }
            int n = in.readInt();
            Map<String, Integer> index = new HashMap<>(n * 2);
            float[] w = new float[n * l];
            for (int f = 0; f < n; f++) {
                index.put(in.readUTF(), f);
                for (int y = 0; y < l; y++) {
                    w[f * l + y] = in.readShort() / 100f;
                }
            }
            return new PerceptronTagger(labels, index, w, t);
        }
    }
}
