package org.newsgraph.extract;

import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.extract.segment.HanlpSegmenter;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;

/**
 * Reference extractors for evaluation, to put newsgraph's figures beside: HanLP portable out of the box
 * (its nr/ns/nt tags as they come) and the trained model alone (no rules, no lexicon resolution).
 */
public final class Baselines {

    private Baselines() {
    }

    public static Function<Article, Analysis> hanlpOutOfTheBox() {
        HanlpSegmenter segmenter = new HanlpSegmenter();
        return article -> {
            List<Mention> mentions = new ArrayList<>();
            for (Token t : segmenter.segment(article.text())) {
                MentionType type = t.pos().startsWith("nr") ? MentionType.PERSON : t.pos().startsWith("ns")
                        ? MentionType.PLACE : t.pos().startsWith("nt") ? MentionType.ORGANIZATION : null;
                if (type != null) {
                    mentions.add(new Mention(t.span(), type, t.text(), "hanlp-portable", 1.0));
                }
            }
            return new Analysis(article, List.of(), mentions, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        };
    }

    /** The trained model alone, following the conventions of one training corpus (pd98 or cluener). */
    public static Function<Article, Analysis> modelOnly(Lexicons lexicons, String domain) {
        NerModel model = NerModel.bundled(lexicons).orElseThrow(() -> new IllegalStateException("no bundled NER model"));
        NerRecognizer recognizer = new NerRecognizer(model, new PersonNames(lexicons, w -> false), domain);
        HanlpSegmenter segmenter = new HanlpSegmenter();
        return article -> new Analysis(article, List.of(), recognizer.find(article, segmenter.segment(article.text())), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
