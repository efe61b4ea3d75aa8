package org.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String s = "𠈌陈博出席";   // 𠈌 is outside the BMP: two UTF-16 units, one code point
        assertEquals(5, Text.length(s));
        assertEquals("陈博", Text.slice(s, new Span(1, 3)));
        int[] map = Text.utf16ToCodePoint(s);
        assertEquals(1, map[2]);
        assertEquals(5, map[s.length()]);
    }

    @Test
    void spansRejectNegativeOrReversedRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    }

    @Test
    void longTextsAreSlicedByCodePointsWithAndWithoutSurrogates() {
        String bmp = "陈博".repeat(1_000);
        String astral = "𠈌陈".repeat(1_000);
        for (int round = 0; round < 2; round++) { // the second round answers from what the first remembered
            assertEquals(2_000, Text.length(bmp));
            assertEquals(2_000, Text.length(astral));
            assertEquals("博陈", Text.slice(bmp, 1_001, 1_003));
            assertEquals("陈𠈌", Text.slice(astral, 1_001, 1_003));
        }
        assertEquals(2_000, Text.length(new String(bmp.toCharArray())), "an equal string, not the same one");
    }
}
