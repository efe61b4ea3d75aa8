package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.model.MentionType.ORGANIZATION;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.PLACE;
import static org.newsgraph.model.MentionType.TITLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Official;
import org.newsgraph.model.Place;
import org.newsgraph.model.Post;

/** The linker over merged mentions as the recognisers hand them on (written out here, in text order). */
class OfficialLinkerTest {

    private final OfficialLinker linker = new OfficialLinker(Parts.TITLES, new Resolver(Parts.GAZETTEER, Parts.ORGS));

    /** Each official as "person: role @ organisation (implied)" for every post. */
    private List<String> officials(String text, Jurisdiction home, List<Mention> mentions) {
        return officials(text, home, mentions, List.of());
    }

    private List<String> officials(String text, Jurisdiction home, List<Mention> mentions, List<Place> places) {
        Article a = Parts.article(text, home);
        return linker.link(a, home, mentions, places).stream().map(OfficialLinkerTest::describe).toList();
    }

    private static String describe(Official o) {
        StringBuilder s = new StringBuilder(o.person().text()).append(":");
        for (Post p : o.posts()) {
            s.append(" ").append(p.role()).append(" @ ").append(p.organization()).append(p.organizationImplied() ? " (implied)" : "");
        }
        return s.toString();
    }

    @Test
    void aBareTitleImpliesTheOrganisationOfTheArticlesCity() {
        String text = "副市长孙立平到企业调研。";
        assertEquals(List.of("孙立平: 副市长 @ 太原市人民政府 (implied)"), officials(text, Parts.TAIYUAN, List.of(
                mention(text, "副市长", TITLE, TitleRecognizer.METHOD), mention(text, "孙立平", PERSON, TitleRecognizer.METHOD))));
    }

    @Test
    void aChainOfTitlesGivesOnePostEach() {
        String text = "市委常委、副市长孙立平出席。";
        assertEquals(List.of("孙立平: 市委常委 @ 中共太原市委员会 副市长 @ 太原市人民政府 (implied)"),
                officials(text, Parts.TAIYUAN, List.of(mention(text, "市委常委", TITLE, TitleRecognizer.METHOD),
                        mention(text, "副市长", TITLE, TitleRecognizer.METHOD),
                        mention(text, "孙立平", PERSON, TitleRecognizer.METHOD))));
    }

    @Test
    void theOrganisationWrittenInTheTitleIsTheCountyNamedBeforeIt() {
        String text = "清徐县召开大会，县委书记高建华讲话。";
        Mention county = mention(text, "清徐县", PLACE, GazetteerRecognizer.METHOD);
        Place place = new Resolver(Parts.GAZETTEER, Parts.ORGS).place(county, Parts.TAIYUAN);
        assertEquals(List.of("高建华: 书记 @ 中共清徐县委员会"), officials(text, Parts.TAIYUAN, List.of(county,
                mention(text, "县委书记", TITLE, TitleRecognizer.METHOD), mention(text, "高建华", PERSON, TitleRecognizer.METHOD)),
                List.of(place)));
    }

    @Test
    void anOrganisationBeforeAModifierAndATitleIsTheTitlesOrganisation() {
        String text = "市卫健委分管疾控工作的副主任杨帆介绍情况。";
        assertEquals(List.of("杨帆: 副主任 @ 太原市卫生健康委员会"), officials(text, Parts.TAIYUAN, List.of(
                mention(text, "市卫健委", ORGANIZATION, OrganizationRecognizer.METHOD),
                mention(text, "副主任", TITLE, TitleRecognizer.METHOD), mention(text, "杨帆", PERSON, TitleRecognizer.METHOD))));
    }

    @Test
    void aTitleRightAfterANameIsThatPersonsPost() {
        String text = "冯志远教授作专题讲座。";
        assertEquals(List.of("冯志远: 教授 @ "), officials(text, Parts.TAIYUAN, List.of(
                mention(text, "冯志远", PERSON, TitleRecognizer.METHOD), mention(text, "教授", TITLE, TitleRecognizer.METHOD))));
    }

    @Test
    void aBylineRoleCoversEveryNameOfItsListAndMeansThePublisher() {
        String text = "记者 李静、王刚";
        assertEquals(List.of("李静: 记者 @ 太原日报社 (implied)", "王刚: 记者 @ 太原日报社 (implied)"),
                officials(text, Parts.TAIYUAN, List.of(mention(text, "记者", TITLE, BylineRecognizer.METHOD),
                        mention(text, "李静", PERSON, BylineRecognizer.METHOD),
                        mention(text, "王刚", PERSON, BylineRecognizer.METHOD))));
    }

    @Test
    void aPersonWithNoTitleIsNoOfficialAndATitleFarAwayIsNotHis() {
        String text = "村民王大山说，副县长来过。";
        assertEquals(List.of(), officials(text, Parts.QINGXU, List.of(
                mention(text, "王大山", PERSON, NerRecognizer.METHOD), mention(text, "副县长", TITLE, TitleRecognizer.METHOD))));
    }
}
