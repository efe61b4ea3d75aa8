package org.newsgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsTest {

    private static List<String> windows(String text, int max) {
        int[] cps = text.codePoints().toArray();
        return Windows.split(cps, 0, cps.length, max).stream().map(w -> new String(cps, w[0], w[1] - w[0])).toList();
    }

    @Test
    void shortTextIsOneWindow() {
        assertEquals(List.of("副市长陈博出席。"), windows("副市长陈博出席。", 8));
    }

    @Test
    void windowsEndAtSentenceEndsThenCommasThenHard() {
        assertEquals(List.of("甲乙。", "丙丁戊己，", "庚辛壬癸子", "丑"), windows("甲乙。丙丁戊己，庚辛壬癸子丑", 5));
    }

    @Test
    void windowsCoverEveryCodePointAndNeverExceedTheLimit() {
        String text = "😀".repeat(2_500) + "中文，".repeat(1_000);
        List<String> ws = windows(text, 1_000);
        assertEquals(text, String.join("", ws));
        assertTrue(ws.stream().allMatch(w -> w.codePointCount(0, w.length()) <= 1_000), "a window over the limit");
    }
}
