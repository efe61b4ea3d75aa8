package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.extract.Parts.show;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.ORGANIZATION;
import static org.newsgraph.model.MentionType.PLACE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;

class CoordinatedNamesTest {

    private final CoordinatedNames coordinated = new CoordinatedNames(Parts.LEXICONS, Parts.SEGMENTER::nameRoles,
            Parts.NAMES, ForeignNames.load(Parts.LEXICONS), Parts.SEGMENTER::isKnownPlace);

    private List<String> complete(String text, Mention... mentions) {
        return show(coordinated.complete(text, List.of(mentions), Parts.SEGMENTER.segment(text)));
    }

    @Test
    void aChineseNameAfterAConjunctionWithAPersonIsFound() {
        String text = "昨天，王建国和高以翔也来到了现场。";
        assertEquals(List.of("PERSON 王建国 3-6", "PERSON 高以翔 7-10"),
                complete(text, mention(text, "王建国", PERSON, NerRecognizer.METHOD)));
    }

    @Test
    void aCommonWordOfNameCharactersBetweenTwoPersonsIsAName() {
        String text = "李国强、汪洋、王建国出席会议。";
        assertEquals(List.of("PERSON 李国强 0-3", "PERSON 汪洋 4-6", "PERSON 王建国 7-10"), complete(text,
                mention(text, "李国强", PERSON, NerRecognizer.METHOD), mention(text, "王建国", PERSON, NerRecognizer.METHOD)));
        String beforePost = "还有省领导王建国、高峰和市委书记李国强。";
        assertEquals(List.of("PERSON 王建国 5-8", "PERSON 高峰 9-11", "TITLE 市委书记 12-16", "PERSON 李国强 16-19"),
                complete(beforePost, mention(beforePost, "王建国", PERSON, NerRecognizer.METHOD),
                        mention(beforePost, "市委书记", org.newsgraph.model.MentionType.TITLE, "title-rule"),
                        mention(beforePost, "李国强", PERSON, NerRecognizer.METHOD)));
        String oneSide = "李国强和汪洋出席会议。";
        assertEquals(List.of("PERSON 李国强 0-3"), complete(oneSide, mention(oneSide, "李国强", PERSON, NerRecognizer.METHOD)));
    }

    @Test
    void aTransliteratedNameBeforeAConjunctionIsFound() {
        String text = "会后，道森和王建国一起离开。";
        assertEquals(List.of("PERSON 道森 3-5", "PERSON 王建国 6-9"),
                complete(text, mention(text, "王建国", PERSON, NerRecognizer.METHOD)));
    }

    @Test
    void aTransliteratedNameGuessedAsAPlaceBesideAPersonIsAPerson() {
        String text = "克林顿与希拉里到场。";
        assertEquals(List.of("PERSON 克林顿 0-3", "PERSON 希拉里 4-7"), complete(text,
                mention(text, "克林顿", PERSON, NerRecognizer.METHOD), mention(text, "希拉里", PLACE, NerRecognizer.METHOD)));
    }

    @Test
    void aChineseNameTheSegmenterReadAsAPersonButGuessedAsAPlaceOrArmyBesideAPersonIsAPerson() {
        String county = "刘国梁跟马龙、许昕见了面。";
        assertEquals(List.of("PERSON 刘国梁 0-3", "PERSON 马龙 4-6", "PERSON 许昕 7-9"), complete(county,
                mention(county, "刘国梁", PERSON, NerRecognizer.METHOD), mention(county, "马龙", PLACE, GazetteerRecognizer.METHOD),
                mention(county, "许昕", PERSON, NerRecognizer.METHOD)));
        String army = "马化腾与雷军握手寒暄。";
        assertEquals(List.of("PERSON 马化腾 0-3", "PERSON 雷军 4-6"), complete(army,
                mention(army, "马化腾", PERSON, NerRecognizer.METHOD),
                mention(army, "雷军", ORGANIZATION, NerRecognizer.METHOD)));
        String places = "北京、上海和马龙等地";
        assertEquals(List.of("PLACE 北京 0-2", "PLACE 上海 3-5", "PLACE 马龙 6-8"), complete(places,
                mention(places, "北京", PLACE, GazetteerRecognizer.METHOD), mention(places, "上海", PLACE, GazetteerRecognizer.METHOD),
                mention(places, "马龙", PLACE, GazetteerRecognizer.METHOD)));
    }

    @Test
    void aCountryBesideAPersonStaysAPlace() {
        String text = "卢拉与巴西代表团抵达。";
        assertEquals(List.of("PERSON 卢拉 0-2", "PLACE 巴西 3-5"), complete(text,
                mention(text, "卢拉", PERSON, NerRecognizer.METHOD), mention(text, "巴西", PLACE, NerRecognizer.METHOD)));
    }

    @Test
    void commonWordsAfterAConjunctionAreNotNames() {
        String text = "王建国和夫人及工作人员出席。";
        assertEquals(List.of("PERSON 王建国 0-3"), complete(text, mention(text, "王建国", PERSON, NerRecognizer.METHOD)));
    }
}
