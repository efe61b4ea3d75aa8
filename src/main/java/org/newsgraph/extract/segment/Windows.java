package org.newsgraph.extract.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long stretch of text into windows of bounded length, so that the memory the segmenter and the
 * tagger need per call does not grow with the record: a 2,000,000-character record without punctuation
 * is tagged as 2,000 windows of 1,000, not as one sentence whose feature arrays fill the heap. A window
 * ends after the last sentence end inside it, else after the last comma-like mark, else hard at the limit;
 * text shorter than the limit is one window, so ordinary articles are processed exactly as before.
 */
public final class Windows {

    private static final String SENTENCE_ENDS = "。！？；\n!?;";
    private static final String SOFT_BREAKS = "，、：,: \t）)」』”";

    private Windows() {
    }

    /** The windows [start, end) covering {@code cps[from, to)}, each at most {@code max} code points long. */
    public static List<int[]> split(int[] cps, int from, int to, int max) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        while (to - start > max) {
            int end = breakBefore(cps, start, start + max);
            out.add(new int[] {start, end});
            start = end;
        }
        if (to > start) {
            out.add(new int[] {start, to});
        }
        return out;
    }

    /** The end of a window starting at {@code start} and ending at {@code limit} at the latest. */
    private static int breakBefore(int[] cps, int start, int limit) {
        int soft = -1;
        for (int i = limit - 1; i > start; i--) {
            if (SENTENCE_ENDS.indexOf(cps[i]) >= 0) {
                return i + 1;
            }
            if (soft < 0 && SOFT_BREAKS.indexOf(cps[i]) >= 0) {
                soft = i + 1;
            }
        }
        return soft > 0 ? soft : limit;
    }
}
