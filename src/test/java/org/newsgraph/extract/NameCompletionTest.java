package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.extract.Parts.show;
import static org.newsgraph.model.MentionType.DATE;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.TITLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;

class NameCompletionTest {

    private final NameCompletion completion = new NameCompletion(Parts.LEXICONS, Parts.SEGMENTER::nameRoles,
            Parts.NAMES);

    @Test
    void aNameCutBeforeItsLastCharacterInAListIsCompleted() {
        String text = "协会会长韩秀生、教授王明等出席。";
        assertEquals(List.of("TITLE 协会会长 0-4", "PERSON 韩秀生 4-7"), show(completion.complete(text, List.of(
                mention(text, "协会会长", TITLE, TitleRecognizer.METHOD), mention(text, "韩秀", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aCharacterTheTextLostIsTheNamesOwn() {
        // the page lost a rare character (写成 ?) between two names of a list; a question asks with ？
        String text = "主演王建国、刘小?、李红亮相。";
        assertEquals(List.of("PERSON 刘小? 6-9"), show(completion.complete(text, List.of(
                mention(text, "刘小", PERSON, NerRecognizer.METHOD)))));
        String question = "你见过刘小?";
        assertEquals(List.of("PERSON 刘小 3-5"), show(completion.complete(question, List.of(
                mention(question, "刘小", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aNameCutBeforeItsLastCharacterAndAConjunctionIsCompleted() {
        String text = "由副局长孙丽华和大队长方明带队。";
        assertEquals("PERSON 孙丽华 4-7", show(completion.complete(text, List.of(
                mention(text, "孙丽", PERSON, NerRecognizer.METHOD)))).get(0));
    }

    @Test
    void aSurnameLeftOutsideTheNameIsTakenBack() {
        String text = "招待会上，蔡文柏大使致辞。";
        assertEquals("PERSON 蔡文柏 5-8", show(completion.complete(text, List.of(
                mention(text, "文柏", PERSON, NerRecognizer.METHOD), mention(text, "大使", TITLE, TitleRecognizer.METHOD))))
                .get(0));
    }

    @Test
    void theNextWordOfRunningTextIsNotTaken() {
        String text = "王明说，会议很成功。";
        assertEquals(List.of("PERSON 王明 0-2"), show(completion.complete(text, List.of(
                mention(text, "王明", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aConjunctionIsNotTakenAsTheLastCharacter() {
        String text = "李明和王刚出席。";
        assertEquals("PERSON 李明 0-2", show(completion.complete(text, List.of(
                mention(text, "李明", PERSON, NerRecognizer.METHOD), mention(text, "王刚", PERSON, NerRecognizer.METHOD))))
                .get(0));
    }

    @Test
    void aPrepositionBeforeANameIsNotTakenAsItsSurname() {
        String text = "，向方明致意。";
        assertEquals(List.of("PERSON 方明 2-4"), show(completion.complete(text, List.of(
                mention(text, "方明", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aPrepositionReadAsASurnameInRunningTextIsTrimmed() {
        String text = "全市人民向赵刚一行表示欢迎。";
        assertEquals(List.of("PERSON 赵刚 5-7"), show(completion.complete(text, List.of(
                mention(text, "向赵刚", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aSurnameThatIsAlsoAPrepositionStartsANameAfterPunctuation() {
        String text = "，向警予等出席。";
        assertEquals(List.of("PERSON 向警予 1-4"), show(completion.complete(text, List.of(
                mention(text, "向警予", PERSON, NerRecognizer.METHOD)))));
    }

    /** 和 before a date belongs to the name (邵志【和】昨日); before another name it stays a conjunction. */
    @Test
    void aConjunctionBeforeADateIsTheNamesLastCharacter() {
        String dated = "董事长邵志和昨日出庭。";
        String listed = "董事长邵志和王刚出庭。";
        assertEquals(List.of("PERSON 邵志和 3-6", "PERSON 邵志 3-5"), List.of(
                first(dated, mention(dated, "昨日", DATE, DateRecognizer.METHOD)),
                first(listed, mention(listed, "王刚", PERSON, NerRecognizer.METHOD))));
    }

    private String first(String text, Mention next) {
        return show(completion.complete(text, List.of(mention(text, "邵志", PERSON, TitleRecognizer.METHOD), next))).get(0);
    }

    @Test
    void aNameCutToTwoTakesItsThirdCharacterWhenFoundInFullElsewhere() {
        String text = "陆毅已经向佟大为讨教了不少经验，佟大为已经是行家了。";
        assertEquals("PERSON 佟大为 5-8", show(completion.complete(text, List.of(
                mention(text, "佟大", PERSON, NerRecognizer.METHOD), mention(text, "佟大为", 1, PERSON, NerRecognizer.METHOD))))
                .get(0));
    }
}
