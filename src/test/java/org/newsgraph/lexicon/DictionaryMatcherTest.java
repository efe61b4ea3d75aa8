package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class DictionaryMatcherTest {

    private static final DictionaryMatcher<String> DICT = new DictionaryMatcher<String>()
            .add("太原", "city-short").add("太原市", "city").add("市委", "org").add("太原市委", "org-full")
            .add("太原", "ignored: the first value is kept");

    private static int[] cps(String s) {
        return s.codePoints().toArray();
    }

    @Test
    void findAllListsOverlappingMatchesByStartThenLongestFirst() {
        List<String> found = DICT.findAll("太原市委书记").stream()
                .map(m -> m.word() + "@" + m.span().start() + "=" + m.value()).toList();
        assertEquals(List.of("太原市委@0=org-full", "太原市@0=city", "太原@0=city-short", "市委@2=org"), found);
    }

    @Test
    void longestAtAndLongestEndingAtUseCodePoints() {
        // 𠀀 is outside the BMP: offsets count it as one code point
        int[] text = cps("𠀀太原市委");
        assertEquals(new Span(1, 5), DICT.longestAt(text, 1).span());
        assertEquals("太原市委", DICT.longestEndingAt(text, 5).word());
        assertEquals("太原市", DICT.longestEndingAt(text, 4).word());
        assertNull(DICT.longestAt(text, 0));
    }

    @Test
    void allAtGivesEveryMatchAtOnePositionShortestFirst() {
        assertEquals(List.of("太原", "太原市", "太原市委"),
                DICT.allAt(cps("太原市委"), 0).stream().map(DictionaryMatcher.Match::word).toList());
        assertEquals(List.of(), DICT.allAt(cps("太原市委"), 3));
    }

    @Test
    void emptyWordsAreIgnored() {
        DictionaryMatcher<Integer> d = new DictionaryMatcher<Integer>().add("", 1);
        assertEquals(List.of(), d.findAll("任何文字"));
    }
}
