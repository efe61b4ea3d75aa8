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

    /** The one person the model read as {@code read} in {@code text}, once cut. */
    private String cutPerson(String text, String read) {
        List<String> out = show(boundaries.cut(text, List.of(mention(text, read, PERSON, NerRecognizer.METHOD))));
        assertEquals(1, out.size(), out::toString);
        return out.get(0);
    }

    @Test
    void aNameThatRanIntoAConjunctionBeforeASpouseIsCut() {
        assertEquals("PERSON 赵志强 0-3", cutPerson("赵志强和夫人抵达机场。", "赵志强和"));
    }

    @Test
    void aNameThatRanIntoAConjunctionBeforeAnotherTitleIsCut() {
        String text = "钱文博与局长孙浩交谈。";
        assertEquals(List.of("PERSON 钱文博 0-3", "TITLE 局长 4-6"), show(boundaries.cut(text, List.of(
                mention(text, "钱文博与", PERSON, NerRecognizer.METHOD), mention(text, "局长", TITLE, TitleRecognizer.METHOD)))));
    }

    @Test
    void aNameThatRanIntoThePossessiveBeforeKinIsCut() {
        assertEquals("PERSON 华罗庚 0-3", cutPerson("华罗庚之女华密来到会场。", "华罗庚之"));
        assertEquals("PERSON 王羲之 0-3", cutPerson("王羲之书法展开幕。", "王羲之"));
        assertEquals("PERSON 马季 0-2", cutPerson("马季之子马东向来宾致谢。", "马季之子"));
        assertEquals("PERSON 胡锦涛 0-3", cutPerson("胡锦涛应约同奥巴马通了电话。", "胡锦涛应约"));
    }

    @Test
    void aNameThatRanIntoAPlanOrAnAllIsCut() {
        assertEquals("PERSON 黄轩 5-7", cutPerson("演员周迅、黄轩拟出席开幕式。", "黄轩拟"));
        assertEquals("PERSON 刘青云 4-7", cutPerson("梁朝伟、刘青云均有出席。", "刘青云均"));
        assertEquals("PERSON 王家均 0-3", cutPerson("王家均出席了会议。", "王家均"));
        assertEquals("PERSON 王石 0-2", cutPerson("王石曾与姚振华共进晚餐。", "王石曾"));
        assertEquals("PERSON 唐师曾 0-3", cutPerson("唐师曾是新华社记者。", "唐师曾"));
    }

    @Test
    void aNameEndingInTheSameCharacterIsKeptWhenNothingShowsItRanOn() {
        assertEquals("PERSON 李永和 0-3", cutPerson("李永和参加了比赛。", "李永和"));
    }

    @Test
    void anAdverbAfterANameIsNeverPartOfIt() {
        assertEquals("PERSON 刘芳 0-2", cutPerson("刘芳也表示支持。", "刘芳也"));
    }

    @Test
    void aNameThatRanIntoTheEndOfATimeClauseIsCut() {
        assertEquals("PERSON 孙丽华 3-6", cutPerson("在会见孙丽华时说，合作前景广阔。", "孙丽华时"));
    }
}
