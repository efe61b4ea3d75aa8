package org.newsgraph.lexicon;

import java.util.List;

/** Job titles (副市长, 书记, 教授, 记者) with the organisation a bare title implies (副市长 → {city}人民政府). */
public final class TitleLexicon {

    /** One title row. */
    public record Title(String word, String kind, String impliedOrganization) {
    }

    private final DictionaryMatcher<Title> matcher = new DictionaryMatcher<>();

    public TitleLexicon(List<String[]> rows) {
        for (String[] r : rows) {
            matcher.add(r[0], new Title(r[0], r[1], r[2]));
        }
    }

    public static TitleLexicon load(Lexicons lexicons) {
        return new TitleLexicon(lexicons.rows("titles.tsv", 3));
    }

    public DictionaryMatcher<Title> matcher() {
        return matcher;
    }

    /** The longest title word that ends the given text: 市委书记 → 书记, 市人大常委会党组书记 → 党组书记. */
    public Title roleOf(String titleText) {
        int[] cps = titleText.codePoints().toArray();
        var m = matcher.longestEndingAt(cps, cps.length);
        return m == null ? null : m.value();
    }
}
