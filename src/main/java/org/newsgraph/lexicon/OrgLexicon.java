package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Span;

/**
 * Organisation names: fixed names (综改区, 太原日报) and jurisdiction-prefixed forms built from a
 * prefix and a suffix: 【市】【卫健委】, 【清徐县】【委】, 【中共太原市】【委党史研究室】, 【万柏林区】【委组织部】.
 */
public final class OrgLexicon {

    /** A fixed organisation name. */
    public record Named(String canonical, String parent, String jurisdiction) {
    }

    /** A suffix row: the templates to fill with the prefix's place name {P}. */
    public record Suffix(String canonicalTemplate, String parentTemplate) {
    }

    /** An organisation span parsed into its parts. {@code prefix} is 市/省/县/区, a place name, or empty. */
    public record Parsed(Span span, String prefix, Suffix suffix, Named named) {
    }

    private static final String LEVEL_PREFIXES = "省市县区镇乡";
    /** Characters after which a bare 市/县/区 starts a new word (为【市】卫健委, 、【市】政府). */
    private static final String WORD_BREAK_BEFORE = "、，,。；：（(“”\"在和与及由向对为了的是将从经于把被让请等同跟暨全\n ";
    /** Bare suffixes long and distinctive enough to stand without a prefix (卫健委 → the paper's city). */
    private static final int BARE_SUFFIX_MIN = 3;

    private final DictionaryMatcher<Suffix> suffixes = new DictionaryMatcher<>();
    private final DictionaryMatcher<Named> names = new DictionaryMatcher<>();
    private final DictionaryMatcher<Boolean> placePrefixes = new DictionaryMatcher<>();

    public OrgLexicon(List<String[]> suffixRows, List<String[]> nameRows, Gazetteer gazetteer) {
        for (String[] r : suffixRows) {
            suffixes.add(r[0], new Suffix(r[1], r[2]));
        }
        for (String[] r : nameRows) {
            names.add(r[0], new Named(r[1], r[2], r[3]));
        }
        for (String name : gazetteer.allNames()) {
            if (gazetteer.isFullName(name) || gazetteer.isShortName(name)) {
                placePrefixes.add(name, Boolean.TRUE);
            }
        }
    }

    public static OrgLexicon load(Lexicons lexicons, Gazetteer gazetteer) {
        return new OrgLexicon(lexicons.rows("org-aliases.tsv", 3), lexicons.rows("org-names.tsv", 4), gazetteer);
    }

    /**
     * Every organisation starting at code point {@code i}: 【市人大常委会】 and 【市人大常委会党组】 both, so that
     * when a title takes the tail (市人大常委会【党组书记】) the shorter organisation is still there.
     */
    public List<Parsed> allAt(int[] cps, int i) {
        List<Parsed> out = new ArrayList<>();
        for (DictionaryMatcher.Match<Named> named : names.allAt(cps, i)) {
            out.add(new Parsed(named.span(), "", null, named.value()));
        }
        int j = startsWith(cps, i, "中共") ? i + 2 : i;
        DictionaryMatcher.Match<Boolean> place = placePrefixes.longestAt(cps, j);
        int afterPrefix = -1;
        String prefix = null;
        if (place != null) {
            prefix = place.word();
            afterPrefix = place.span().end();
        } else if (j < cps.length && LEVEL_PREFIXES.indexOf(cps[j]) >= 0 && breaksBefore(cps, j)) {
            prefix = new String(cps, j, 1);
            afterPrefix = j + 1;
        }
        if (prefix != null) {
            for (DictionaryMatcher.Match<Suffix> s : suffixes.allAt(cps, afterPrefix)) {
                out.add(new Parsed(new Span(i, s.span().end()), prefix, s.value(), null));
            }
        } else if (j == i && breaksBefore(cps, i)) {
            for (DictionaryMatcher.Match<Suffix> s : suffixes.allAt(cps, i)) {
                if (s.span().length() >= BARE_SUFFIX_MIN) {
                    out.add(new Parsed(s.span(), "", s.value(), null));
                }
            }
        }
        return out;
    }

    /** The longest organisation starting at code point {@code i} (a fixed name wins a tie), or empty. */
    public Optional<Parsed> longestAt(int[] cps, int i) {
        return allAt(cps, i).stream().max(Comparator.comparingInt(p -> p.span().end()));
    }

    /** Parses a whole organisation string (for resolution of a mention found by any recogniser). */
    public Optional<Parsed> parse(String text) {
        int[] cps = text.codePoints().toArray();
        return longestAt(cps, 0).filter(p -> p.span().end() == cps.length);
    }

    private static boolean breaksBefore(int[] cps, int i) {
        return i == 0 || WORD_BREAK_BEFORE.indexOf(cps[i - 1]) >= 0 || cps[i - 1] == '*';
    }

    private static boolean startsWith(int[] cps, int i, String s) {
        int[] w = s.codePoints().toArray();
        if (i + w.length > cps.length) {
            return false;
        }
        for (int k = 0; k < w.length; k++) {
            if (cps[i + k] != w[k]) {
                return false;
            }
        }
        return true;
    }
}
