package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.extract.Parts.show;
import static org.newsgraph.model.MentionType.ORGANIZATION;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.PLACE;
import static org.newsgraph.model.MentionType.TITLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** The merger over candidates as the recognisers would hand them over (written out here). */
class MentionMergerTest {

    private final MentionMerger merger = new MentionMerger(Parts.TITLES);

    private static Token token(String text, String word, int occurrence, String pos) {
        Mention m = mention(text, word, occurrence, PERSON, "");
        return new Token(m.span(), word, pos);
    }

    @Test
    void amongRecognisersOfEqualRankTheLongerSpanWins() {
        String text = "万柏林区委组织部召开会议。";
        MentionMerger.Merged merged = merger.merge(List.of(
                mention(text, "万柏林区", PLACE, GazetteerRecognizer.METHOD),
                mention(text, "万柏林区委组织部", ORGANIZATION, OrganizationRecognizer.METHOD)), List.of());
        assertEquals(List.of("ORGANIZATION 万柏林区委组织部 0-8"), show(merged.mentions()));
    }

    @Test
    void aBylineReadingWinsOverTheModelsReadingOfTheSameCharacters() {
        String text = "记者 李 静";
        MentionMerger.Merged merged = merger.merge(List.of(
                mention(text, "李", PERSON, NerRecognizer.METHOD),
                mention(text, "李 静", PERSON, BylineRecognizer.METHOD),
                mention(text, "记者", TITLE, BylineRecognizer.METHOD)), List.of());
        assertEquals(List.of("TITLE 记者 0-2", "PERSON 李 静 3-6"), show(merged.mentions()));
    }

    @Test
    void anOrganisationGluedToTheTitleAfterItBecomesPartOfTheTitleAndIsKeptOnTheSide() {
        String text = "市人大常委会副主任张力出席。";
        MentionMerger.Merged merged = merger.merge(List.of(
                mention(text, "市人大常委会", ORGANIZATION, OrganizationRecognizer.METHOD),
                mention(text, "副主任", TITLE, TitleRecognizer.METHOD),
                mention(text, "张力", PERSON, TitleRecognizer.METHOD)), List.of());
        assertEquals(List.of("TITLE 市人大常委会副主任 0-9", "PERSON 张力 9-11"), show(merged.mentions()));
        assertEquals(List.of("ORGANIZATION 市人大常委会 0-6"), show(merged.insideTitles()));
    }

    @Test
    void aCountryBeforeAStateOfficeStaysAPlace() {
        String text = "法国总统抵达北京。";
        MentionMerger.Merged merged = merger.merge(List.of(
                mention(text, "法国", PLACE, NerRecognizer.METHOD),
                mention(text, "总统", TITLE, TitleRecognizer.METHOD)), List.of());
        assertEquals(List.of("PLACE 法国 0-2", "TITLE 总统 2-4"), show(merged.mentions()));
        assertEquals(List.of(), merged.insideTitles());
    }

    @Test
    void theModelsLongerReadingOfANameAfterATitleWinsWhenItEndsAtAWordEnd() {
        String text = "馆长周立新介绍展品。";
        List<Token> tokens = List.of(token(text, "馆长", 0, "n"), token(text, "周立新", 0, "nr"),
                token(text, "介绍", 0, "v"), token(text, "展品", 0, "n"));
        MentionMerger.Merged merged = merger.merge(List.of(
                mention(text, "馆长", TITLE, TitleRecognizer.METHOD),
                mention(text, "周立", PERSON, TitleRecognizer.METHOD),
                mention(text, "周立新", PERSON, NerRecognizer.METHOD)), tokens);
        assertEquals(List.of("TITLE 馆长 0-2", "PERSON 周立新 2-5"), show(merged.mentions()));
    }

    @Test
    void aLongerReadingThatSwallowsAVerbLosesToTheTitlesReading() {
        String text = "主任孙琪作报告。";
        List<Token> tokens = List.of(token(text, "主任", 0, "n"), token(text, "孙琪", 0, "nr"),
                token(text, "作", 0, "v"), token(text, "报告", 0, "n"));
        MentionMerger.Merged merged = merger.merge(List.of(
                mention(text, "主任", TITLE, TitleRecognizer.METHOD),
                mention(text, "孙琪", PERSON, TitleRecognizer.METHOD),
                mention(text, "孙琪作", PERSON, NerRecognizer.METHOD)), tokens);
        assertEquals(List.of("TITLE 主任 0-2", "PERSON 孙琪 2-4"), show(merged.mentions()));
    }

    @Test
    void aPlaceExtendsOverALocalityWordWhenNothingElseIsThere() {
        String text = "清徐片区建设提速。";
        Mention qingxu = mention(text, "清徐", PLACE, GazetteerRecognizer.METHOD);
        assertEquals(List.of("PLACE 清徐片区 0-4"), show(merger.extendPlaces(text, List.of(qingxu))));
        Mention other = new Mention(new Span(2, 4), ORGANIZATION, "片区", "test", 0.5);
        assertEquals(List.of("PLACE 清徐 0-2", "ORGANIZATION 片区 2-4"),
                show(merger.extendPlaces(text, List.of(qingxu, other))));
    }
}
