package org.newsgraph.extract.ner;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
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
    private final Map<String, FeatureTable> byDomain = new ConcurrentHashMap<>();

    private PerceptronTagger(String[] labels, Map<String, Integer> features, float[] weights, float[] transitions) {
        this.labels = labels;
        this.features = features;
        this.weights = weights;
        this.transitions = wellFormed(labels, transitions);
    }

    public int featureCount() {
        return features.size();
    }

    /**
     * Tags one sentence, following the given domain's guidelines.
     *
     * @param length   the sentence's length in code points
     * @param features emits the features of every character to the sink it is given
     */
    public String[] tag(int length, Consumer<FeatureSink> features, String domain) {
        return tag(length, features, new String[] {domain})[0];
    }

    /**
     * Tags one sentence once per domain, computing its features and looking them up once: the labels
     * following each domain's guidelines, in the order of {@code domains}.
     */
    public String[][] tag(int length, Consumer<FeatureSink> features, String[] domains) {
        int l = labels.length;
        int columns = l * domains.length;
        FeatureTable table = byDomain.computeIfAbsent(String.join("+", domains), k -> tableFor(domains));
        HashCollector hashes = new HashCollector(length * 24);
        features.accept(hashes);
        int[] hundredths = new int[length * columns];
        table.score(hashes.hashes, hashes.positions, hashes.count, hundredths);
        String[][] out = new String[domains.length][length];
        float[] emit = new float[length * l];
        for (int d = 0; d < domains.length; d++) {
            for (int i = 0; i < length; i++) {
                for (int y = 0; y < l; y++) {
                    emit[i * l + y] = hundredths[i * columns + d * l + y] / FeatureTable.SCALE;
                }
            }
            int[] best = viterbi(emit, length, transitions, l);
            for (int i = 0; i < length; i++) {
                out[d][i] = labels[best[i]];
            }
        }
        return out;
    }

    /** Collects the hashes of a sentence's features, with the position of the character each belongs to. */
    private static final class HashCollector implements FeatureSink {
        private long[] hashes;
        private int[] positions;
        private int count;
        private int position;

        HashCollector(int expected) {
            hashes = new long[Math.max(16, expected)];
            positions = new int[hashes.length];
        }

        @Override
        public void at(int position) {
            this.position = position;
        }

        @Override
        public void add(String a) {
            put(FeatureHash.fold(FeatureHash.START, a));
        }

        @Override
        public void add(String a, String b) {
            put(FeatureHash.fold(FeatureHash.fold(FeatureHash.START, a), b));
        }

        @Override
        public void add(String a, String b, String c) {
            put(FeatureHash.fold(FeatureHash.fold(FeatureHash.fold(FeatureHash.START, a), b), c));
        }

        @Override
        public void add(String a, String b, String c, String d) {
            put(FeatureHash.fold(FeatureHash.fold(FeatureHash.fold(FeatureHash.fold(FeatureHash.START, a), b), c), d));
        }

        private void put(long hash) {
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
                positions = java.util.Arrays.copyOf(positions, count * 2);
            }
            hashes[count] = hash;
            positions[count++] = position;
        }
    }

    /**
     * The weights for tagging in some domains, by feature hash, one block of label columns per domain:
     * each base feature's weights plus those of the domain's copy ({@code pd98|c0=市}), summed once here so
     * that tagging looks each feature up once. Domain copies are the keys whose part before the first '|'
     * has no '='.
     */
    private FeatureTable tableFor(String[] domains) {
        int l = labels.length;
        int capacity = (int) features.keySet().stream().filter(k -> !isDomainCopy(k)).count();
        for (String domain : domains) {
            capacity += (int) features.keySet().stream().filter(k -> k.startsWith(domain + "|")).count();
        }
        FeatureTable table = new FeatureTable(capacity, l * domains.length);
        for (Map.Entry<String, Integer> e : features.entrySet()) {
            String key = e.getKey();
            for (int d = 0; d < domains.length; d++) {
                String prefix = domains[d] + "|";
                if (!isDomainCopy(key)) {
                    table.add(FeatureHash.of(key), weights, e.getValue() * l, d * l, l);
                } else if (key.startsWith(prefix)) {
                    table.add(FeatureHash.of(key.substring(prefix.length())), weights, e.getValue() * l, d * l, l);
                }
            }
        }
        return table;
    }

    private static boolean isDomainCopy(String feature) {
        int bar = feature.indexOf('|');
        return bar > 0 && feature.lastIndexOf('=', bar) < 0;
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

    /** The transitions with ill-formed BIO steps (I-X not after B-X or I-X) made impossible. */
    private static float[] wellFormed(String[] labels, float[] transitions) {
        int l = labels.length;
        float[] t = transitions.clone();
        for (int prev = -1; prev < l; prev++) {
            for (int cur = 0; cur < l; cur++) {
                String c = labels[cur];
                boolean allowed = !c.startsWith("I-")
                        || prev >= 0 && labels[prev].length() > 2 && labels[prev].substring(2).equals(c.substring(2));
                if (!allowed) {
                    t[(prev + 1) * l + cur] = Float.NEGATIVE_INFINITY;
                }
            }
        }
        return t;
    }

    /** The best label sequence given per-character label scores ({@code emit[i * l + y]}) and transitions. */
    private static int[] viterbi(float[] emit, int n, float[] t, int l) {
        if (n == 0) {
            return new int[0];
        }
        float[] score = new float[n * l];
        int[] back = new int[n * l];
        for (int y = 0; y < l; y++) {
            score[y] = t[y] + emit[y];
        }
        for (int i = 1; i < n; i++) {
            int row = i * l;
            int prevRow = row - l;
            for (int y = 0; y < l; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    float s = score[prevRow + p] + t[(p + 1) * l + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[row + y] = best + emit[row + y];
                back[row + y] = arg;
            }
        }
        int[] path = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        int last = (n - 1) * l;
        for (int y = 0; y < l; y++) {
            if (score[last + y] > best) {
                best = score[last + y];
                path[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i * l + path[i]];
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
        Set<String> labelSet = new TreeSet<>(List.of("O"));
        data.forEach(s -> labelSet.addAll(List.of(s.labels())));
        String[] labels = labelSet.toArray(new String[0]);
        Map<String, Integer> counts = new HashMap<>();
        List<List<String>[]> featureLists = new ArrayList<>(data.size());
        for (TaggedSentence s : data) {
            List<String>[] f = featurizer.extract(s.chars(), featurizer.segment(s.chars()));
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
        Map<String, Integer> index = new HashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted()
                .forEach(k -> index.put(k, index.size()));
        int l = labels.length;
        Map<String, Integer> labelIds = indexOf(labels);
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
        long step = 1;
        List<Integer> order = new ArrayList<>(IntStream.range(0, data.size()).boxed().toList());
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int s : order) {
                int[] predicted = viterbi(emissions(ids[s], w, l), ids[s].length, wellFormed(labels, t), l);
                update(ids[s], gold[s], predicted, l, step, new float[][] {w, wSum, t, tSum});
                step++;
            }
            progress.accept(epoch);
        }
        average(w, wSum, step);
        average(t, tSum, step);
        return new PerceptronTagger(labels, index, w, t);
    }

    private static Map<String, Integer> indexOf(String[] labels) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            out.put(labels[i], i);
        }
        return out;
    }

    private static void average(float[] weights, float[] sums, long step) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] -= sums[i] / step;
        }
    }

    /**
     * The perceptron update for one sentence: where the prediction differs from the gold labels, the gold
     * transitions and features gain one and the predicted lose one; the sums (for averaging) weigh the
     * change by the step. {@code m} holds the emission weights and sums, then the transition weights and sums.
     */
    private static void update(int[][] ids, int[] g, int[] predicted, int l, long step, float[][] m) {
        float[] w = m[0];
        float[] wSum = m[1];
        float[] t = m[2];
        float[] tSum = m[3];
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
                for (int id : ids[i]) {
                    w[id * l + g[i]] += 1;
                    wSum[id * l + g[i]] += step;
                    w[id * l + predicted[i]] -= 1;
                    wSum[id * l + predicted[i]] -= step;
                }
            }
        }
    }

    private static float[] emissions(int[][] ids, float[] w, int l) {
        float[] emit = new float[ids.length * l];
        for (int i = 0; i < ids.length; i++) {
            for (int id : ids[i]) {
                for (int y = 0; y < l; y++) {
                    emit[i * l + y] += w[id * l + y];
                }
            }
        }
        return emit;
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
