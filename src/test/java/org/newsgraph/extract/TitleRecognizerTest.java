package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Parts.show;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.segment.NameRoles;
import org.newsgraph.model.Article;

class TitleRecognizerTest {

    /** Only {@link GivenNames#usual} is used here; the margins do not enter it. */
    private final GivenNames givenNames = new GivenNames(new NameRoles(Parts.SEGMENTER), Parts.NAMES::hasSurname, Parts.SEGMENTER::isWord, Set.of(), Set.of(), 0, 0);
    private final TitleRecognizer titles = new TitleRecognizer(Parts.TITLES, Parts.NAMES, Parts.SEGMENTER::isVerb,
            givenNames::usual);

    private List<String> found(String text) {
        Article a = Parts.article(text, Parts.QINGXU);
        return show(titles.find(a, Parts.SEGMENTER.segment(text)));
    }

    @Test
    void aTitleIntroducesThePersonAfterIt() {
        assertEquals(List.of("TITLE 副县长 0-3", "PERSON 刘建国 3-6"), found("副县长刘建国主持召开专题会议。"));
    }

    @Test
    void everyTitleOfAChainBelongsToThePersonAfterTheLast() {
        // the title words only: the organisations before them (县委, 宣传) are glued on by the merger
        assertEquals(List.of("TITLE 常委 2-4", "TITLE 部长 7-9", "PERSON 郭红梅 9-12"),
                found("县委常委、宣传部长郭红梅出席活动。"));
    }

    @Test
    void aTitleAfterANameDescribesThatPerson() {
        List<String> found = found("会上，冯志远教授解读了新修订的条例。");
        assertTrue(found.containsAll(List.of("PERSON 冯志远 3-6", "TITLE 教授 6-8")), found.toString());
    }

    @Test
    void aGivenNameReadAsAVerbIsTheNameWhenItsCharactersAreUsualInNames() {
        // 教授/王/建国/、: 建国 is a verb to the segmenter; 王建议 (议 is rare in given names) is no name
        assertTrue(found("清华大学教授王建国、北京大学教授李红作主旨发言。").contains("PERSON 王建国 6-9"));
        assertTrue(found("教授王建议，加强合作。").stream().noneMatch(f -> f.startsWith("PERSON 王建议")));
    }

    @Test
    void aTwoCharacterSurnameTakesTheGivenNameAfterIt() {
        // 市长/上官/吉庆/主持: the segmenter reads the surname as a word of its own
        assertTrue(found("市长上官吉庆主持会议。").contains("PERSON 上官吉庆 2-6"));
    }

    @Test
    void spansCountCodePoints() {
        assertEquals(List.of("TITLE 副县长 6-9", "PERSON 刘建国 9-12"), found("𠮷祥物发布，副县长刘建国致辞。"));
    }

    @Test
    void aTitleWordWithNoPersonNextToItIsNotReported() {
        assertEquals(List.of(), found("各级党组织书记要带头落实责任。"));
        assertEquals(List.of(), found("县委员会召开全体会议。"));
    }

    @Test
    void aTransliteratedNameTheSegmenterCutIsLeftToTheForeignNameRecognisers() {
        List<String> found = found("丹麦国防军总司令古斯塔夫·汉森上将出席了仪式。");
        assertTrue(found.stream().noneMatch(m -> m.startsWith("PERSON")), found.toString());
    }

    @Test
    void aCommonNounOfUsualNameCharactersBetweenAPostAndAVerbIsTheHoldersName() {
        assertEquals(List.of("TITLE 主席 4-6", "PERSON 汪洋 6-8"), found("全国政协主席汪洋会见了来宾。"));
        assertEquals(List.of("TITLE 省长 0-2", "PERSON 高峰 2-4"), found("省长高峰在会上讲话。"));
        assertEquals(List.of("TITLE 副总理 3-6", "PERSON 汪洋 6-8"), found("国务院副总理汪洋15日在京会见了客人。"));
        assertEquals(List.of(), found("市长方面表示支持。"));
        assertEquals(List.of(), found("主任高度评价了这项工作。"));
    }

    @Test
    void aFourCharacterNameTakesTheCharacterTheSegmenterLeftAlone() {
        assertTrue(found("行政长官林郑月娥昨晚出席酒会。").contains("PERSON 林郑月娥 4-8"));
        assertTrue(found("日本首相安倍晋三在东京会见了客人。").contains("PERSON 安倍晋三 4-8"));
        assertTrue(found("副县长刘建国在会上讲话。").contains("PERSON 刘建国 3-6"));
    }
}
