package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Features of each character for the sequence tagger: the character and its neighbours (unigrams and
 * bigrams in a ±2 window), its kind (Han, digit, Latin, punctuation), and dictionary evidence from the
 * lexicons — a surname here, a gazetteer name or organisation suffix starting or ending here, a title
 * word just before. Dictionary features let the model use knowledge the corpora do not contain.
 */
public final class CharFeatures {

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

    /** One feature list per character. */
    public List<String>[] extract(int[] c) {
        int n = c.length;
        String[] wordPos = new String[n];
        String[] word = new String[n];
        for (Token t : segmenter.segment(new String(c, 0, n))) {
            for (int k = t.span().start(); k < t.span().end() && k < n; k++) {
                String bmes = t.span().length() == 1 ? "S" : k == t.span().start() ? "B" : k == t.span().end() - 1 ? "E" : "M";
                wordPos[k] = bmes + "-" + t.pos();
                word[k] = t.span().length() <= 4 ? t.text() : null;
            }
        }
        String[] placeStart = new String[n];
        String[] placeEnd = new String[n];
        boolean[] inPlace = new boolean[n];
        boolean[] orgEnd = new boolean[n];
        boolean[] titleBefore = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            var p = places.longestAt(c, i);
            if (p != null) {
                String len = String.valueOf(Math.min(p.span().length(), 5));
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
        @SuppressWarnings("unchecked")
        List<String>[] out = new List[n];
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(24);
            String c0 = ch(c, i);
            String p1 = ch(c, i - 1);
            String n1 = ch(c, i + 1);
            String p2 = ch(c, i - 2);
            String n2 = ch(c, i + 2);
            f.add("b");
            f.add("c0=" + c0);
            f.add("p1=" + p1);
            f.add("n1=" + n1);
            f.add("p2=" + p2);
            f.add("n2=" + n2);
            f.add("p1c0=" + p1 + c0);
            f.add("c0n1=" + c0 + n1);
            f.add("p2p1=" + p2 + p1);
            f.add("n1n2=" + n1 + n2);
            f.add("p1n1=" + p1 + n1);
            f.add("k0=" + kind(c, i) + kind(c, i - 1) + kind(c, i + 1));
            f.add("p1c0n1=" + p1 + c0 + n1);
            if (wordPos[i] != null) {
                f.add("wp=" + wordPos[i]);
                f.add("wp0=" + wordPos[i].charAt(0) + c0);
                f.add("wpp=" + (i > 0 && wordPos[i - 1] != null ? wordPos[i - 1] : "^") + "|" + wordPos[i]);
                f.add("wpn=" + wordPos[i] + "|" + (i + 1 < n && wordPos[i + 1] != null ? wordPos[i + 1] : "$"));
                if (word[i] != null) {
                    f.add("w=" + word[i]);
                }
            }
            if (surnames.contains(c0)) {
                f.add("surname");
                if (titleBefore[i]) {
                    f.add("surname+titleBefore");
                }
            }
            if (titleBefore[i]) {
                f.add("titleBefore");
            }
            if (placeStart[i] != null) {
                f.add("placeStart" + placeStart[i]);
            }
            if (placeEnd[i] != null) {
                f.add("placeEnd" + placeEnd[i]);
            }
            if (inPlace[i]) {
                f.add("inPlace");
            }
            if (orgEnd[i]) {
                f.add("orgEnd");
            }
            out[i] = f;
        }
        return out;
    }

    private static String ch(int[] c, int i) {
        if (i < 0) {
            return "^";
        }
        if (i >= c.length) {
            return "$";
        }
        return Character.isDigit(c[i]) ? "0" : new String(Character.toChars(c[i]));
    }

    private static char kind(int[] c, int i) {
        if (i < 0 || i >= c.length) {
            return '#';
        }
        int cp = c[i];
        if (Character.isIdeographic(cp)) {
            return 'H';
        }
        if (Character.isDigit(cp)) {
            return 'D';
        }
        if (Character.isLetter(cp)) {
            return 'L';
        }
        return Character.isWhitespace(cp) ? 'S' : 'P';
    }
}
