package org.newsgraph.extract.ner;

import org.newsgraph.lexicon.Lexicons;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Training reads features as strings and tagging reads them as hashes of their parts: a model must tag
 * its own training sentences back, before and after a save and load, and its domains must stay apart.
 */
class PerceptronTaggerTest {

    private static CharFeatures features;
    private static List<TaggedSentence> sentences;

    @BeforeAll
    static void train() {
        features = NerModel.features(Lexicons.bundled());
        sentences = List.of(
                TaggedSentence.of("副市长陈博主持会议。", List.of(new int[] {3, 5}), List.of("PERSON"), "pd98"),
                TaggedSentence.of("张新伟在清徐县督导检查。", List.of(new int[] {0, 3}, new int[] {4, 7}),
                        List.of("PERSON", "PLACE"), "pd98"),
                TaggedSentence.of("市卫健委召开会议。", List.of(new int[] {0, 4}), List.of("ORGANIZATION"), "pd98"),
                // the same sentence, annotated by another corpus's rules (the title is an entity there)
                TaggedSentence.of("副市长陈博主持会议。", List.of(new int[] {0, 3}, new int[] {3, 5}),
                        List.of("TITLE", "PERSON"), "cluener"));
    }

    private static String[] tag(PerceptronTagger tagger, TaggedSentence s) {
        int[] c = s.chars();
        return tagger.tag(c.length, sink -> features.extract(c, features.segment(c), sink), s.domain());
    }

    @Test
    void tagsItsTrainingSentencesBackBeforeAndAfterSaving() throws IOException {
        PerceptronTagger trained = PerceptronTagger.train(sentences, features, 10, 1, 7, epoch -> { });
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        trained.save(file);
        PerceptronTagger loaded = PerceptronTagger.load(new ByteArrayInputStream(file.toByteArray()));
        for (TaggedSentence s : sentences) {
            assertArrayEquals(s.labels(), tag(trained, s), "trained, " + s.domain());
            assertArrayEquals(s.labels(), tag(loaded, s), "loaded, " + s.domain());
        }
        assertNotEquals(List.of(tag(loaded, sentences.get(0))), List.of(tag(loaded, sentences.get(3))));
    }

    @Test
    void readingSeveralDomainsAtOnceGivesEachDomainsOwnLabels() {
        PerceptronTagger trained = PerceptronTagger.train(sentences, features, 10, 1, 7, epoch -> { });
        int[] c = sentences.get(0).chars();
        String[][] both = trained.tag(c.length, sink -> features.extract(c, features.segment(c), sink),
                new String[] {"pd98", "cluener"});
        assertArrayEquals(sentences.get(0).labels(), both[0], "news reading");
        assertArrayEquals(sentences.get(3).labels(), both[1], "online reading");
    }
}
