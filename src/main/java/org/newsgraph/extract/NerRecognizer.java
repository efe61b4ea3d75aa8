package org.newsgraph.extract;

import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.extract.segment.Windows;
import org.newsgraph.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/**
 * Persons, places and organisations from the trained character-level model ({@link NerModel}), tagged
 * one sentence (or window of a long sentence) at a time, with the words of the article's segmentation as features.
 */
public final class NerRecognizer implements Recognizer {

    public static final String METHOD = "perceptron-ner";

    private final NerModel model;
    private final PersonNames names;
    private final String domain;
    private final String organizationDomain;

    /** @param domain whose annotation conventions to follow: {@link NerModel#NEWS_DOMAIN} or cluener */
    public NerRecognizer(NerModel model, PersonNames names, String domain) {
        this(model, names, domain, null);
    }

    /**
     * @param organizationDomain a second set of conventions whose organisations are taken where the first
     *                           reads them as a person or not at all, and a place name alone read as an
     *                           organisation is a place ({@link SecondReading}); null for the model's reading as it is
     */
    public NerRecognizer(NerModel model, PersonNames names, String domain, String organizationDomain) {
        this.model = model;
        this.names = names;
        this.domain = domain;
        this.organizationDomain = organizationDomain;
    }

    /** The most characters tagged at once; longer sentences are tagged in windows ({@link Windows}). */
    static final int WINDOW = 1_000;

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        int[] cps = article.text().codePoints().toArray();
        List<Mention> out = new ArrayList<>();
        int start = 0;
        int token = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == cps.length || isSentenceEnd(cps[i])) {
                int end = i == cps.length ? i : i + 1;
                for (int[] w : Windows.split(cps, start, end, WINDOW)) {
                    List<Token> words = new ArrayList<>();
                    while (token < tokens.size() && tokens.get(token).span().start() < w[1]) {
                        Token t = tokens.get(token++);
                        if (t.span().start() >= w[0] && t.span().end() <= w[1]) {
                            words.add(new Token(new Span(t.span().start() - w[0], t.span().end() - w[0]), t.text(),
                                    t.pos()));
                        }
                    }
                    tagSentence(cps, w[0], w[1], words, out);
                }
                start = end;
            }
        }
        return out;
    }

    private static boolean isSentenceEnd(int cp) {
        return cp == '。' || cp == '！' || cp == '？' || cp == '；' || cp == '\n';
    }

    private void tagSentence(int[] cps, int from, int to, List<Token> words, List<Mention> out) {
        int[] sentence = java.util.Arrays.copyOfRange(cps, from, to);
        String[] labels;
        if (organizationDomain == null) {
            labels = model.tag(sentence, words, domain);
        } else {
            String[][] both = model.tag(sentence, words, new String[] {domain, organizationDomain});
            labels = SecondReading.placeWords(SecondReading.organizations(both[0], both[1], words), words);
        }
        int i = 0;
        while (i < labels.length) {
            if (labels[i].startsWith("B-")) {
                String type = labels[i].substring(2);
                int j = i + 1;
                while (j < labels.length && labels[j].equals("I-" + type)) {
                    j++;
                }
                String text = new String(sentence, i, j - i);
                MentionType t = MentionType.valueOf(type);
                if (!text.isBlank() && (t != MentionType.PERSON || !names.isNotName(text))) {
                    out.add(new Mention(new Span(from + i, from + j), t, text, METHOD, 0.8));
                }
                i = j;
            } else {
                i++;
            }
        }
    }
}
