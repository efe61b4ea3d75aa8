package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.extract.Parts.show;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.TITLE;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameBoundariesTest {

    private final NameBoundaries boundaries = NameBoundaries.load(Parts.LEXICONS);

    @Test
    void aNameThatRanIntoAConjunctionBeforeASpouseIsCut() {
        String text = "赵志强和夫人抵达机场。";
        assertEquals(List.of("PERSON 赵志强 0-3"),
                show(boundaries.cut(text, List.of(mention(text, "赵志强和", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aNameThatRanIntoAConjunctionBeforeAnotherTitleIsCut() {
        String text = "钱文博与局长孙浩交谈。";
        assertEquals(List.of("PERSON 钱文博 0-3", "TITLE 局长 4-6"), show(boundaries.cut(text, List.of(
                mention(text, "钱文博与", PERSON, NerRecognizer.METHOD), mention(text, "局长", TITLE, TitleRecognizer.METHOD)))));
    }

    @Test
    void aNameThatRanIntoThePossessiveBeforeKinIsCut() {
        String text = "华罗庚之女华密来到会场。";
        assertEquals(List.of("PERSON 华罗庚 0-3"),
                show(boundaries.cut(text, List.of(mention(text, "华罗庚之", PERSON, NerRecognizer.METHOD)))));
        String poet = "王羲之书法展开幕。";
        assertEquals(List.of("PERSON 王羲之 0-3"),
                show(boundaries.cut(poet, List.of(mention(poet, "王羲之", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aNameThatRanIntoAPlanOrAnAllIsCut() {
        String plan = "演员周迅、黄轩拟出席开幕式。";
        assertEquals(List.of("PERSON 黄轩 5-7"),
                show(boundaries.cut(plan, List.of(mention(plan, "黄轩拟", PERSON, NerRecognizer.METHOD)))));
        String all = "梁朝伟、刘青云均有出席。";
        assertEquals(List.of("PERSON 刘青云 4-7"),
                show(boundaries.cut(all, List.of(mention(all, "刘青云均", PERSON, NerRecognizer.METHOD)))));
        String name = "王家均出席了会议。";
        assertEquals(List.of("PERSON 王家均 0-3"),
                show(boundaries.cut(name, List.of(mention(name, "王家均", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aNameEndingInTheSameCharacterIsKeptWhenNothingShowsItRanOn() {
        String text = "李永和参加了比赛。";
        assertEquals(List.of("PERSON 李永和 0-3"),
                show(boundaries.cut(text, List.of(mention(text, "李永和", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void anAdverbAfterANameIsNeverPartOfIt() {
        String text = "刘芳也表示支持。";
        assertEquals(List.of("PERSON 刘芳 0-2"),
                show(boundaries.cut(text, List.of(mention(text, "刘芳也", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void aNameThatRanIntoTheEndOfATimeClauseIsCut() {
        String text = "在会见孙丽华时说，合作前景广阔。";
        assertEquals(List.of("PERSON 孙丽华 3-6"),
                show(boundaries.cut(text, List.of(mention(text, "孙丽华时", PERSON, NerRecognizer.METHOD)))));
    }
}
