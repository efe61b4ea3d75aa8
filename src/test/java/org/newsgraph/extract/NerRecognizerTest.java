package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Parts.show;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Text;

/** The bundled model over sentences that no rule covers: names without titles, places and organisations. */
class NerRecognizerTest {

    private static final NerRecognizer NER = new NerRecognizer(NerModel.bundled(Parts.LEXICONS).orElseThrow(), Parts.NAMES,
            NerModel.NEWS_DOMAIN);

    private static List<Mention> find(String text) {
        return NER.find(Parts.article(text, Parts.TAIYUAN), Parts.SEGMENTER.segment(text));
    }

    @Test
    void aNameWithoutATitleIsAPerson() {
        List<String> found = show(find("张海燕和丈夫在小区门口开了一家面馆。"));
        assertTrue(found.contains("PERSON 张海燕 0-3"), found.toString());
    }

    @Test
    void placesAndOrganisationsOfASentence() {
        List<String> found = show(find("来自四川省的游客参观了山西博物院。"));
        assertTrue(found.contains("PLACE 四川省 2-5"), found.toString());
        assertTrue(found.contains("ORGANIZATION 山西博物院 11-16"), found.toString());
    }

    @Test
    void everyMentionIsTheModelsAndItsTextIsTheSpanInCodePoints() {
        String text = "𠮷祥物由设计师刘晓东创作，在杭州发布。";
        List<Mention> found = find(text);
        assertTrue(show(found).contains("PERSON 刘晓东 7-10"), show(found).toString());
        for (Mention m : found) {
            assertEquals(NerRecognizer.METHOD, m.method());
            assertEquals(Text.slice(text, m.span()), m.text());
        }
    }

    @Test
    void aSentenceLongerThanOneWindowIsTaggedInWindowsWithOffsetsIntoTheArticle() {
        String filler = "今天天气晴朗，".repeat(200);
        String text = "𠮷" + filler + "王建军在会上发言。";
        int start = 1 + filler.length();
        List<String> found = show(find(text));
        assertTrue(found.contains("PERSON 王建军 " + start + "-" + (start + 3)), found.toString());
    }

    @Test
    void ordinaryWordsAreNoNames() {
        assertEquals(List.of(), find("今年小麦长势良好，预计产量稳中有升。"));
    }
}
