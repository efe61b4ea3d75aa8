package org.newsgraph.extract.ner;

import org.newsgraph.extract.segment.HanlpSegmenter;
import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Features of each character for the sequence tagger: the character and its neighbours (unigrams and
 * bigrams in a ±2 window), its kind (Han, digit, Latin, punctuation), its word and part of speech from
 * segmentation, and dictionary evidence from the lexicons — a surname here, a gazetteer name or
 * organisation suffix starting or ending here, a title word just before. Dictionary features let the
 * model use knowledge the corpora do not contain.
 *
 * <p>Features are emitted as parts to a {@link FeatureSink}: training joins them into strings, tagging
 * hashes them. Both see the same features because both come from {@link #extract(int[], List, FeatureSink)}.
 */
public final class CharFeatures {

    private static final String[] SINGLE = new String[0x10000];
    private static final String[] BMES = {"S", "B", "M", "E"};
    private static final String[] LENGTH = {"0", "1", "2", "3", "4", "5"};
    private static final Map<String, String[]> WORD_POSITION = new ConcurrentHashMap<>();

    private final HanlpSegmenter segmenter = new HanlpSegmenter();
    private final Set<String> surnames;
    private final DictionaryMatcher<Boolean> places;
    private final DictionaryMatcher<Boolean> orgSuffixes;
    private final DictionaryMatcher<Boolean> titles;

    public CharFeatures(Set<String> surnames, DictionaryMatcher<Boolean> places, DictionaryMatcher<Boolean> orgSuffixes,
                        DictionaryMatcher<Boolean> titles) {
        this.surnames = surnames;
        this.places = places;
        this.orgSuffixes = orgSuffixes;
        this.titles = titles;
    }

    /** The words of a sentence, as the tagger's features expect them; for training data. */
    public List<Token> segment(int[] c) {
        return segmenter.segment(new String(c, 0, c.length));
    }

    /** One feature list per character, as strings; for training. */
    public List<String>[] extract(int[] c, List<Token> tokens) {
        @SuppressWarnings("unchecked")
        List<String>[] out = new List[c.length];
        extract(c, tokens, new FeatureSink() {
            private List<String> f;

            @Override
            public void at(int position) {
                f = new ArrayList<>(24);
                out[position] = f;
            }

            @Override
            public void add(String a) {
                f.add(a);
            }

            @Override
            public void add(String a, String b) {
                f.add(a + b);
            }

            @Override
            public void add(String a, String b, String c) {
                f.add(a + b + c);
            }

            @Override
            public void add(String a, String b, String c, String d) {
                f.add(a + b + c + d);
            }
        });
        return out;
    }

    /**
     * Emits the features of every character of a sentence.
     *
     * @param tokens the sentence's words, spans relative to the sentence (words outside it are ignored)
     */
    void extract(int[] c, List<Token> tokens, FeatureSink sink) {
        int n = c.length;
        Words w = words(tokens, n);
        Hits h = hits(c);
        String[] chars = new String[n + 4];
        String[] kinds = new String[n + 2];
        for (int i = -2; i < n + 2; i++) {
            chars[i + 2] = ch(c, i);
        }
        for (int i = -1; i <= n; i++) {
            kinds[i + 1] = kind(c, i);
        }
        for (int i = 0; i < n; i++) {
            sink.at(i);
            characterFeatures(sink, chars, kinds, i);
            wordFeatures(sink, w, chars[i + 2], i, n);
            lexiconFeatures(sink, h, chars[i + 2], i);
        }
    }

    /** Per character: its word's part of speech and position in the word (B/M/E/S), and short words themselves. */
    private record Words(String[] wordPos, String[] bmes, String[] word) {
    }

    /** Per character: where dictionary places, organisation suffixes and titles start, end or cover it. */
    private record Hits(String[] placeStart, String[] placeEnd, boolean[] inPlace, boolean[] orgEnd,
                        boolean[] titleBefore) {
    }

    private static Words words(List<Token> tokens, int n) {
        String[] wordPos = new String[n];
        String[] bmes = new String[n];
        String[] word = new String[n];
        for (Token t : tokens) {
            int from = t.span().start();
            int to = t.span().end();
            if (from < 0 || to > n) {
                continue;
            }
            String[] forms = WORD_POSITION.computeIfAbsent(t.pos(), pos -> new String[] {"S-" + pos, "B-" + pos,
                    "M-" + pos, "E-" + pos});
            for (int k = from; k < to; k++) {
                int form = to - from == 1 ? 0 : k == from ? 1 : k == to - 1 ? 3 : 2;
                wordPos[k] = forms[form];
                bmes[k] = BMES[form];
                word[k] = to - from <= 4 ? t.text() : null;
            }
        }
        return new Words(wordPos, bmes, word);
    }

    private Hits hits(int[] c) {
        int n = c.length;
        String[] placeStart = new String[n];
        String[] placeEnd = new String[n];
        boolean[] inPlace = new boolean[n];
        boolean[] orgEnd = new boolean[n];
        boolean[] titleBefore = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            var p = places.longestAt(c, i);
            if (p != null) {
                String len = LENGTH[Math.min(p.span().length(), 5)];
                placeStart[i] = len;
                placeEnd[p.span().end() - 1] = len;
                for (int k = p.span().start(); k < p.span().end(); k++) {
                    inPlace[k] = true;
                }
            }
            var o = orgSuffixes.longestAt(c, i);
            if (o != null) {
                orgEnd[o.span().end() - 1] = true;
            }
            var t = titles.longestAt(c, i);
            if (t != null) {
                titleBefore[t.span().end()] = true;
            }
        }
        return new Hits(placeStart, placeEnd, inPlace, orgEnd, titleBefore);
    }

    /** The character window: characters two either side, their pairs and kinds. */
    private static void characterFeatures(FeatureSink sink, String[] chars, String[] kinds, int i) {
        String c0 = chars[i + 2];
        String p1 = chars[i + 1];
        String n1 = chars[i + 3];
        String p2 = chars[i];
        String n2 = chars[i + 4];
        sink.add("b");
        sink.add("c0=", c0);
        sink.add("p1=", p1);
        sink.add("n1=", n1);
        sink.add("p2=", p2);
        sink.add("n2=", n2);
        sink.add("p1c0=", p1, c0);
        sink.add("c0n1=", c0, n1);
        sink.add("p2p1=", p2, p1);
        sink.add("n1n2=", n1, n2);
        sink.add("p1n1=", p1, n1);
        sink.add("k0=", kinds[i + 1], kinds[i], kinds[i + 2]);
        sink.add("p1c0n1=", p1, c0, n1);
    }

    private static void wordFeatures(FeatureSink sink, Words w, String c0, int i, int n) {
        String[] wordPos = w.wordPos();
        if (wordPos[i] != null) {
            sink.add("wp=", wordPos[i]);
            sink.add("wp0=", w.bmes()[i], c0);
            sink.add("wpp=", i > 0 && wordPos[i - 1] != null ? wordPos[i - 1] : "^", "|", wordPos[i]);
            sink.add("wpn=", wordPos[i], "|", i + 1 < n && wordPos[i + 1] != null ? wordPos[i + 1] : "$");
            if (w.word()[i] != null) {
                sink.add("w=", w.word()[i]);
            }
        }
    }

    private void lexiconFeatures(FeatureSink sink, Hits h, String c0, int i) {
        boolean[] titleBefore = h.titleBefore();
        if (surnames.contains(c0)) {
            sink.add("surname");
            if (titleBefore[i]) {
                sink.add("surname+titleBefore");
            }
        }
        if (titleBefore[i]) {
            sink.add("titleBefore");
        }
        if (h.placeStart()[i] != null) {
            sink.add("placeStart", h.placeStart()[i]);
        }
        if (h.placeEnd()[i] != null) {
            sink.add("placeEnd", h.placeEnd()[i]);
        }
        if (h.inPlace()[i]) {
            sink.add("inPlace");
        }
        if (h.orgEnd()[i]) {
            sink.add("orgEnd");
        }
    }

    private static String ch(int[] c, int i) {
        if (i < 0) {
            return "^";
        }
        if (i >= c.length) {
            return "$";
        }
        int cp = c[i];
        if (Character.isDigit(cp)) {
            return "0";
        }
        if (cp >= SINGLE.length) {
            return new String(Character.toChars(cp));
        }
        String s = SINGLE[cp];
        if (s == null) {
            s = String.valueOf((char) cp);
            SINGLE[cp] = s; // a benign race: Strings are immutable, two threads at worst build equal ones
        }
        return s;
    }

    private static String kind(int[] c, int i) {
        if (i < 0 || i >= c.length) {
            return "#";
        }
        int cp = c[i];
        if (Character.isIdeographic(cp)) {
            return "H";
        }
        if (Character.isDigit(cp)) {
            return "D";
        }
        if (Character.isLetter(cp)) {
            return "L";
        }
        return Character.isWhitespace(cp) ? "S" : "P";
    }
}
