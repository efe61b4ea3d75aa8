package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.extract.Parts.show;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.TITLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;

class ForeignNamesTest {

    private final ForeignNames foreign = ForeignNames.load(Parts.LEXICONS);

    private List<String> completed(String text, List<Mention> mentions) {
        return show(foreign.complete(text, mentions, Parts.SEGMENTER.segment(text)));
    }

    @Test
    void aGivenNameCutBeforeTheJoinTakesTheFamilyNameAfterIt() {
        String text = "玛丽亚·卡斯特罗出席了开幕式。";
        assertEquals(List.of("PERSON 玛丽亚·卡斯特罗 0-8"),
                completed(text, List.of(mention(text, "玛丽亚", PERSON, NerRecognizer.METHOD))));
    }

    @Test
    void aFamilyNameFoundAloneTakesTheGivenNameBeforeTheJoin() {
        String text = "据报道，安娜·卡尔森表示反对。";
        assertEquals(List.of("PERSON 安娜·卡尔森 4-10"),
                completed(text, List.of(mention(text, "卡尔森", PERSON, NerRecognizer.METHOD))));
    }

    @Test
    void aChineseNameAndWhatFollowsItAreLeftAlone() {
        String text = "部长王建华出席。";
        List<Mention> mentions = List.of(mention(text, "部长", TITLE, TitleRecognizer.METHOD),
                mention(text, "王建华", PERSON, TitleRecognizer.METHOD));
        assertEquals(show(mentions), completed(text, mentions));
    }
}
