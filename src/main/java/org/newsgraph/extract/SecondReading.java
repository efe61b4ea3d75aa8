package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Token;

/**
 * Organisations as online news names them, read from the model's second set of conventions. The news
 * reading (People's Daily) rarely saw football clubs, companies and brands, and reads 拉齐奥, 布莱克本 or
 * 育碧 as people or as nothing; the online-news reading (CLUENER) saw many. Where the online reading
 * finds an organisation that the news reading reads exactly as one person, or leaves wholly unlabelled
 * while the segmenter calls one of its words a proper noun, the organisation is taken. Generic nouns the
 * online corpus also marks (政府, 村委会, 日军) are common nouns to the segmenter and stay unlabelled, as in
 * news conventions. Conversely a place name alone that the model reads as an organisation is a place
 * ({@link #placeWords}).
 */
final class SecondReading {

    private static final String B_ORG = "B-ORGANIZATION";
    private static final String I_ORG = "I-ORGANIZATION";

    private SecondReading() {
    }

    /**
     * @param news   the labels following news conventions
     * @param online the labels following online-news conventions, for the same characters
     * @param words  the sentence's words, spans relative to the sentence
     * @return the news labels with the online reading's organisations taken where it knows better
     */
    static String[] organizations(String[] news, String[] online, List<Token> words) {
        String[] out = news.clone();
        int i = 0;
        while (i < out.length) {
            if (!online[i].equals(B_ORG)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < out.length && online[j].equals(I_ORG)) {
                j++;
            }
            if (exactly(news, i, j, "PERSON") || unlabelled(news, i, j) && hasProperNoun(words, i, j)) {
                out[i] = B_ORG;
                for (int k = i + 1; k < j; k++) {
                    out[k] = I_ORG;
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * An organisation that is exactly one word the segmenter tags as a place name (【挪威】首相, 赴【纽约】) is a
     * place: organisations named by a place alone are teams, which {@link TeamNames} finds by their cues.
     */
    static String[] placeWords(String[] labels, List<Token> words) {
        String[] out = labels;
        for (Token t : words) {
            int from = t.span().start();
            int to = t.span().end();
            if (t.pos().startsWith("ns") && to <= labels.length && exactly(labels, from, to, "ORGANIZATION")) {
                out = out == labels ? labels.clone() : out;
                out[from] = "B-PLACE";
                for (int k = from + 1; k < to; k++) {
                    out[k] = "I-PLACE";
                }
            }
        }
        return out;
    }

    private static boolean unlabelled(String[] labels, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!labels[k].equals("O")) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code labels} mark exactly the span [from, to) as one entity of the type. */
    private static boolean exactly(String[] labels, int from, int to, String type) {
        if (!labels[from].equals("B-" + type) || to < labels.length && labels[to].equals("I-" + type)) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!labels[k].equals("I-" + type)) {
                return false;
            }
        }
        return true;
    }

    /** A word inside the span that the segmenter tags as a name (nr, ns, nt, nz, nx) or foreign string (x). */
    private static boolean hasProperNoun(List<Token> words, int from, int to) {
        for (Token t : words) {
            String p = t.pos();
            if (t.span().start() >= from && t.span().end() <= to && (p.startsWith("nr") || p.startsWith("ns")
                    || p.startsWith("nt") || p.startsWith("nz") || p.equals("nx") || p.equals("x"))) {
                return true;
            }
        }
        return false;
    }
}
