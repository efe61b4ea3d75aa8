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
    void aVerbCharacterRightBeforeAJoinIsTheFirstPartOfTheName() {
        String text = "法国总理让-马克·杜瓦尔会见了刘志华。";
        assertEquals(List.of("PERSON 让-马克·杜瓦尔 4-12"),
                completed(text, List.of(mention(text, "马克·杜瓦尔", PERSON, NerRecognizer.METHOD))));
        String verb = "杜瓦尔让他先发言。";
        assertEquals(List.of("PERSON 杜瓦尔 0-3"),
                completed(verb, List.of(mention(verb, "杜瓦尔", PERSON, NerRecognizer.METHOD))));
    }

    @Test
    void theLastPartOfAJoinedNameEndsWhereTheSegmentersWordEnds() {
        String text = "老挝国家主席通伦·西苏里。";
        assertEquals(List.of("PERSON 通伦·西苏里 6-12"),
                completed(text, List.of(mention(text, "通伦·西苏", PERSON, NerRecognizer.METHOD))));
    }

    @Test
    void aChineseNameAndWhatFollowsItAreLeftAlone() {
        String text = "部长王建华出席。";
        List<Mention> mentions = List.of(mention(text, "部长", TITLE, TitleRecognizer.METHOD),
                mention(text, "王建华", PERSON, TitleRecognizer.METHOD));
        assertEquals(show(mentions), completed(text, mentions));
    }

    @Test
    void aForeignNameRunIntoTheNextWordIsCutBackToTheNameWrittenAlone() {
        String text = "会见马来西亚总理纳吉布中广网北京消息：总理会见了纳吉布。";
        assertEquals(List.of("PERSON 纳吉布 8-11", "PERSON 纳吉布 24-27"), completed(text, List.of(
                mention(text, "纳吉布中广", PERSON, NerRecognizer.METHOD), mention(text, "纳吉布", 1, PERSON, NerRecognizer.METHOD))));
    }

    @Test
    void aForeignNameOneCharacterLongerThanAnotherKeepsIt() {
        String text = "会见了参议长杰瓦讷一行。杰瓦讷说，杰瓦很好。";
        List<String> out = completed(text, List.of(mention(text, "杰瓦讷", PERSON, NerRecognizer.METHOD),
                mention(text, "杰瓦", 2, PERSON, NerRecognizer.METHOD)));
        assertEquals("PERSON 杰瓦讷 6-9", out.get(0));
    }

    @Test
    void aForeignNameTakesBackTheOneCharacterWordsBeforeItThatAreTransliterations() {
        // the segmenter reads 弗 alone: 名导/弗/朗西斯-…
        String text = "这位名导弗朗西斯-福特拍了新片。";
        assertEquals(List.of("PERSON 弗朗西斯-福特 4-11"),
                completed(text, List.of(mention(text, "朗西斯-福特", PERSON, NerRecognizer.METHOD))));
    }

    @Test
    void aChineseNameTakesNothingBackNorDoesAForeignNameOverAWordOfTwo() {
        String text = "中法两国总理李明会见了他。";
        Mention chinese = mention(text, "李明", PERSON, NerRecognizer.METHOD);
        assertEquals(show(List.of(chinese)), completed(text, List.of(chinese)));
        String text2 = "名导演安娜拍了新片。";
        Mention foreignName = mention(text2, "安娜", PERSON, NerRecognizer.METHOD);
        assertEquals(show(List.of(foreignName)), completed(text2, List.of(foreignName)));
    }

    @Test
    void aGivenNameBeforeAHyphenWithACharacterTheTableNowHasIsTaken() {
        String text = "新星亚当-桑德勒主演了喜剧。";
        assertEquals(List.of("PERSON 亚当-桑德勒 2-8"),
                completed(text, List.of(mention(text, "桑德勒", PERSON, NerRecognizer.METHOD))));
    }

    /** The one person the model read as {@code read} in {@code text}, once completed. */
    private String completedPerson(String text, String read) {
        List<String> out = completed(text, List.of(mention(text, read, PERSON, NerRecognizer.METHOD)));
        assertEquals(1, out.size(), out::toString);
        return out.get(0);
    }

    @Test
    void aUyghurNameIsReadWholeOverTheSingleCharactersTheSegmenterCutItInto() {
        assertEquals("PERSON 艾山江·买买提 6-13", completedPerson("村党支部书记艾山江·买买提叮嘱他保重身体。", "艾山江·买"));
        assertEquals("PERSON 阿不都热合曼·吐尔逊 2-12", completedPerson("民警阿不都热合曼·吐尔逊。", "热合曼·吐尔逊"));
    }

    @Test
    void aJoinedNameNeverTakesAFunctionWordNorTheseCharactersOutsideAJoinedName() {
        assertEquals("PERSON 古丽娜尔·阿不都热依木 3-14",
                completedPerson("会见了古丽娜尔·阿不都热依木和买买提明·托合提。", "古丽娜尔·阿不都热依木"));
        assertEquals("PERSON 王江 0-2", completedPerson("王江都来了。", "王江"));
    }

    @Test
    void aJoinedNameStartingInsideANameWordOfTheSegmenterTakesTheWholeWord() {
        // 赛义夫/nr ·/w 本/r …: the model began at 夫
        assertEquals("PERSON 赛义夫·本·纳赛尔·拉赫比 8-21",
                completedPerson("阿曼皇家海军司令赛义夫·本·纳赛尔·拉赫比少将。", "夫·本·纳赛尔·拉赫比"));
    }
}
