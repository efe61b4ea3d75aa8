package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Figure;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Official;
import org.newsgraph.model.Place;
import org.newsgraph.model.Post;
import org.newsgraph.model.TimeValue;

/** The examples named in the issues, each as a regression test holding its sentence. */
class EntityExtractorTest {

    private static List<String> texts(Analysis a, MentionType type) {
        return a.mentionsOf(type).stream().map(m -> m.text()).toList();
    }

    private static Official official(Analysis a, String person) {
        return a.officials().stream().filter(o -> o.person().text().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no official " + person + " in " + a.officials()));
    }

    @Test
    void viceMayorIsAnOfficialOfTheCityGovernmentImplied() {
        Analysis a = Fixtures.analyse("本报讯 10月27日下午，副市长陈博与卫健委、市场监管、文物局等部门负责人一同督导检查。", "2021-10-28");
        Post post = official(a, "陈博").posts().get(0);
        assertEquals("副市长", post.title().text());
        assertEquals("太原市人民政府", post.organization());
        assertTrue(post.organizationImplied());
    }

    @Test
    void chainOfTwoPostsGivesTwoOrganisations() {
        Analysis a = Fixtures.analyse("8月28日，省委常委、市委书记韦韬督导检查常态化核酸检测工作。", "2022-08-29");
        List<Post> posts = official(a, "韦韬").posts();
        assertEquals(List.of("省委常委", "市委书记"), posts.stream().map(p -> p.title().text()).toList());
        assertEquals(List.of("中共山西省委员会", "中共太原市委员会"), posts.stream().map(Post::organization).toList());
    }

    @Test
    void countyPartySecretaryResolvesTheCountyNamedInTheTitle() {
        Analysis a = Fixtures.analyse("市人大常委会副主任、清徐县委书记王剑峰参加。", "2021-10-09");
        List<Post> posts = official(a, "王剑峰").posts();
        assertEquals("太原市人民代表大会常务委员会", posts.get(0).organization());
        assertEquals("中共清徐县委员会", posts.get(1).organization());
    }

    @Test
    void aReporterInABylineIsAJournalistOfThePaper() {
        Analysis a = Fixtures.pipeline().run(Fixtures.seedArticles().stream()
                .filter(x -> x.text().contains("记者 张 勇")).findFirst().orElseThrow());
        Post post = official(a, "张 勇").posts().get(0);
        assertEquals("记者", post.title().text());
        assertEquals("太原日报社", post.organization());
        assertTrue(post.organizationImplied());
    }

    @Test
    void titlesAreJobTitlesInGeneralNotOnlyGovernmentPosts() {
        Analysis a = Fixtures.analyse("太原理工大学教授李明、山西某集团董事长王强和主任医师赵丽参加。", "2021-12-21");
        assertTrue(texts(a, MentionType.TITLE).containsAll(List.of("太原理工大学教授", "董事长", "主任医师")),
                texts(a, MentionType.TITLE).toString());
        assertEquals("太原理工大学", official(a, "李明").posts().get(0).organization());
        Analysis zone = Fixtures.analyse("12月20日，报告会在综改区举行，综改区党工委要求各单位抓好落实。", "2021-12-21");
        assertTrue(zone.organizations().stream().anyMatch(o -> o.name().equals("中共山西转型综合改革示范区工作委员会")),
                zone.organizations().toString());
    }

    @Test
    void titleWithModifierBetweenOrganisationAndTitle() {
        Analysis a = Fixtures.analyse("市委宣讲团成员、市委党校主持日常工作的副校长孙劲松作宣讲报告。", "2021-12-21");
        List<Post> posts = official(a, "孙劲松").posts();
        assertEquals(List.of("中共太原市委员会宣讲团", "中共太原市委员会党校"),
                posts.stream().map(Post::organization).toList());
    }

    @Test
    void wanbolinIsOneDistrictNotBerlinAndZhanbiIsNoPerson() {
        Analysis a = Fixtures.analyse("据介绍，万柏林区新当选村（社区）党组织班子成员大专以上学历561名，占比88.3%。", "2021-10-28");
        Place place = a.places().stream().filter(p -> p.mention().text().equals("万柏林区")).findFirst().orElseThrow();
        assertEquals("140109", place.code());
        assertFalse(texts(a, MentionType.PERSON).contains("占比"));
        assertFalse(texts(a, MentionType.PLACE).contains("柏林区"));
        assertEquals("万柏林区", a.figures().get(1).about());
    }

    @Test
    void shortCountyNameResolvesInsideTheJurisdiction() {
        Analysis a = Fixtures.analyse("10月27日，在清徐汾河二坝附近，一群白天鹅在汾河湿地栖息。", "2021-10-28");
        Place qingxu = a.places().stream().filter(p -> p.mention().text().equals("清徐")).findFirst().orElseThrow();
        assertEquals("140121", qingxu.code());
        assertEquals("清徐县", qingxu.name());
        Place fen = a.places().stream().filter(p -> p.mention().text().equals("汾河湿地")).findFirst().orElseThrow();
        assertEquals(Place.Kind.NATURAL, fen.kind());
    }

    @Test
    void abbreviatedOrganisationsResolveInThePapersCity() {
        Analysis a = Fixtures.analyse("“人工智能促进分级诊疗”专题讲座在市卫健委举行。市委编办、市人大常委会参加。", "2021-12-21");
        List<String> names = a.organizations().stream().map(o -> o.name()).toList();
        assertTrue(names.contains("太原市卫生健康委员会"), names.toString());
        assertTrue(names.contains("中共太原市委员会机构编制委员会办公室"), names.toString());
        assertTrue(names.contains("太原市人民代表大会常务委员会"), names.toString());
    }

    @Test
    void spacedBylineNamesAreOnePersonEach() {
        Analysis a = Fixtures.pipeline().run(Fixtures.seedArticles().stream()
                .filter(x -> x.text().contains("（刘 涛）")).findFirst().orElseThrow());
        assertTrue(texts(a, MentionType.PERSON).contains("刘 涛"));
    }

    @Test
    void datesAreNormalisedAgainstThePublicationDate() {
        Analysis a = Fixtures.analyse("10月27日，昨日，今年1月至9月，《政策（2020—2023年）》，“十四五”期间，1938年10月28日。", "2021-10-28");
        List<String> values = a.times().stream().map(TimeValue::value).toList();
        assertEquals(List.of("2021-10-27", "2021-10-27", "2021-01-01/2021-09-30", "2020-01-01/2023-12-31",
                "2021-01-01/2025-12-31", "1938-10-28"), values);
        assertFalse(a.times().get(5).relative());
    }

    @Test
    void relativeAndPartialDatesWithoutAYear() {
        Analysis a = Fixtures.analyse("今年以来，在保余额较去年同期增长，截至一季度末，8月底将投产，预计年底竣工，当日上午，国庆期间。",
                "2022-04-19");
        assertEquals(List.of("今年", "去年同期", "一季度末", "8月底", "年底", "当日", "国庆期间"),
                texts(a, MentionType.DATE));
        assertEquals(List.of("2022", "2021", "2022-Q1", "2022-08", "2022-11-01/2022-12-31", "2022-04-18",
                "2022-10-01/2022-10-07"), a.times().stream().map(TimeValue::value).toList());
        Analysis school = Fixtures.analyse("关于取消我省2022年初中学业水平考试，要求14日内有外省旅居史者报备。", "2022-04-19");
        assertEquals(List.of("2022年"), texts(school, MentionType.DATE));
    }

    @Test
    void figuresCarryValueUnitMeasureAndChange() {
        Analysis a = Fixtures.analyse("前三季度，全市一般公共预算收入362.83亿元，同比增长28.9%。治理废弃矿山等2859公顷。建成3076张家庭养老服务床位。", "2021-10-09");
        Figure revenue = a.figures().get(0);
        assertEquals("36283000000", revenue.value().toPlainString());
        assertEquals("CNY", revenue.unit());
        assertEquals("全市一般公共预算收入", revenue.measure());
        assertEquals("2021-01-01/2021-09-30", revenue.period().value());
        Figure growth = a.figures().get(1);
        assertEquals("28.9", growth.value().toPlainString());
        assertEquals("percent", growth.unit());
        assertEquals("同比增长", growth.change());
        assertEquals("hectare", a.figures().get(2).unit());
        assertEquals("张", a.figures().get(3).unit());
        assertEquals("3076", a.figures().get(3).value().toPlainString());
    }

    @Test
    void offsetsCountCodePointsEvenAfterACharacterOutsideTheBasicPlane() {
        for (var article : Fixtures.seedArticles().subList(0, 12)) {
            var shifted = new org.newsgraph.model.Article(article.id(), "𠈌" + article.text(), article.published(),
                    false, article.publisher(), article.jurisdiction(), article.source(), article.sections().stream()
                    .map(s -> new org.newsgraph.model.Section(s.kind(), s.span().shift(1))).toList());
            List<String> plain = Fixtures.pipeline().run(article).mentions().stream()
                    .map(m -> (m.start() + 1) + ":" + (m.end() + 1) + ":" + m.text()).toList();
            List<String> moved = Fixtures.pipeline().run(shifted).mentions().stream()
                    .map(m -> m.start() + ":" + m.end() + ":" + m.text()).toList();
            assertEquals(plain, moved, article.id());
        }
    }

    @Test
    void everyMentionsTextIsItsSpanInCodePoints() {
        for (var article : Fixtures.seedArticles()) {
            Analysis a = Fixtures.pipeline().run(article);
            for (var m : a.mentions()) {
                assertEquals(m.text(), org.newsgraph.model.Text.slice(article.text(), m.span()), article.id());
            }
        }
    }

    /** Sentences of the People's Daily held-out part, where a name after a title was cut at a word boundary. */
    @Test
    void aNameAfterATitleIsReadWhole() {
        assertTrue(texts(Fixtures.analyse("中国社会科学院院长李铁映出席了开幕式。", "1998-06-01"), MentionType.PERSON)
                .contains("李铁映"));
        assertTrue(texts(Fixtures.analyse("对外友协会长齐怀远在宴会上说，两国人民友谊源远流长。", "1998-06-01"),
                MentionType.PERSON).contains("齐怀远"));
    }

    @Test
    void aPlaceAfterANameIsNotPartOfTheName() {
        List<String> persons = texts(Fixtures.analyse("要深入学习市委书记韦韬清徐调研讲话精神。", "2022-08-29"),
                MentionType.PERSON);
        assertTrue(persons.contains("韦韬") && !persons.contains("韦韬清徐"), persons.toString());
    }

    /** As news corpora annotate it: the organisation of a title is an organisation mention of its own. */
    @Test
    void anOrganisationGluedToATitleIsAlsoAnOrganisation() {
        Analysis a = Fixtures.analyse("国务院副总理温家宝今天在京会见卢森堡经济大臣戈贝尔斯。", "1998-06-01");
        assertTrue(texts(a, MentionType.TITLE).contains("国务院副总理"), texts(a, MentionType.TITLE).toString());
        assertTrue(texts(a, MentionType.ORGANIZATION).contains("国务院"), texts(a, MentionType.ORGANIZATION).toString());
    }


    /** A district named like an ordinary word (城区, 街道) is a place only after the place it lies in. */
    @Test
    void anOrdinaryWordThatNamesADistrictIsAPlaceOnlyAfterItsCity() {
        assertTrue(texts(Fixtures.analyse("有的街道过密，城区道路拥堵。", "1998-06-01"), MentionType.PLACE).isEmpty());
        assertTrue(texts(Fixtures.analyse("大同市城区今年新建学校三所。", "1998-06-01"), MentionType.PLACE).contains("城区"));
    }


    /** A match result written name against name (People's Daily held-out): the verb is not part of the name. */
    @Test
    void aResultVerbBetweenTwoNamesEndsTheFirst() {
        List<String> persons = texts(Fixtures.analyse("第二轮比赛中，王磊胜俞斌，丁伟胜吴肇毅。", "1998-06-01"),
                MentionType.PERSON);
        assertTrue(persons.containsAll(List.of("王磊", "俞斌", "丁伟")) && !persons.contains("王磊胜"), persons.toString());
    }


    @Test
    void aDateWordInsideAKnownNewspaperIsPartOfItsName() {
        Analysis a = Fixtures.analyse("光明日报总编辑王晨表示，要大胆探索。", "1998-05-01");
        assertTrue(texts(a, MentionType.DATE).isEmpty(), () -> texts(a, MentionType.DATE).toString());
        assertEquals("光明日报社", official(a, "王晨").posts().get(0).organization());
    }
}
