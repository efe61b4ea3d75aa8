package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.extract.segment.NameRoles;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * The boundary and type repairs of issue 15 (GivenNames, TitlesInNames, WorkTitles, OrgBoundaries, PlaceCues),
 * on sentences from the development parts of People's Daily 1998 and CLUENER2020 (never their held-out parts),
 * through the whole pipeline, and each rule alone.
 */
class NameRepairsTest {

    private static List<String> texts(Analysis a, MentionType type) {
        return a.mentionsOf(type).stream().map(Mention::text).toList();
    }

    private static Mention person(int start, int end, String text) {
        return new Mention(new Span(start, end), MentionType.PERSON, text, "test", 0.8);
    }

    @Test
    void threeCharacterNamesAreNotCutToTwo() {
        Analysis a = Fixtures.analyse("十多年在乡镇企业摸爬滚打，经历成功与失败的磨炼，为高允连创大业打下了坚实的基础。", "1998-06-01");
        assertTrue(texts(a, MentionType.PERSON).contains("高允连"), a.mentions().toString());
        Analysis b = Fixtures.analyse("主持人：第二位是澳际教育咨询公司专门负责澳新亚留学中心总监孙晶孙女士。", "2010-11-01");
        assertTrue(texts(b, MentionType.PERSON).contains("孙晶"), b.mentions().toString());
        assertFalse(texts(b, MentionType.PERSON).contains("孙晶孙"), b.mentions().toString());
    }

    @Test
    void givenNamesReadOnOnlyWhenTheRolesSaySoAndNoWordStartsThere() {
        GivenNames g = new GivenNames(new NameRoles(new org.newsgraph.extract.segment.HanlpSegmenter()), s -> s.equals("高") || s.equals("许"), w -> false, java.util.Set.of(), java.util.Set.of(), 4.0, 3.0);
        String text = "为高允连创大业";
        List<Token> words = List.of(new Token(new Span(1, 3), "高允", "nr"), new Token(new Span(3, 4), "连", "u"),
                new Token(new Span(4, 5), "创", "vg"));
        assertEquals("高允连", g.repair(text, List.of(person(1, 3, "高允")), words).get(0).text());
        // 许南|博士: 博 starts the word 博士, so the name stays as read
        String doctor = "许南博士认为";
        List<Token> w2 = List.of(new Token(new Span(0, 2), "许南", "nr"), new Token(new Span(2, 4), "博士", "n"));
        assertEquals("许南", g.repair(doctor, List.of(person(0, 2, "许南")), w2).get(0).text());
    }

    @Test
    void vietnameseNamesWithTheInfixTakeTheirWholeGivenName() {
        Analysis a = Fixtures.analyse("越南国家副主席邓氏玉盛在河内会见了李强。越南国会主席阮氏金银会见了赵乐际。", "2019-04-01");
        assertTrue(texts(a, MentionType.PERSON).containsAll(List.of("邓氏玉盛", "阮氏金银")), a.mentions().toString());
        // a one-character given name ends before a verb: 阮氏萍|说, not 阮氏萍说
        Analysis b = Fixtures.analyse("越南国家副主席阮氏萍说，越方愿同中方加强合作。", "1998-06-01");
        assertTrue(texts(b, MentionType.PERSON).contains("阮氏萍"), b.mentions().toString());
        assertFalse(texts(b, MentionType.PERSON).contains("阮氏萍说"), b.mentions().toString());
    }

    @Test
    void aWordThatLeavesTheNextCharacterAloneDoesNotCutTheName() {
        GivenNames g = new GivenNames(new NameRoles(Parts.SEGMENTER), s -> s.equals("陈"), Parts.SEGMENTER::isWord,
                java.util.Set.of(), java.util.Set.of(), 4.0, 3.0);
        // 陈道|明亮|相: 亮相 is a word, so 明亮 is the segmenter's misreading and 陈道明 the name
        String text = "主演巩俐、陈道明亮相红毯";
        List<Token> words = List.of(new Token(new Span(5, 7), "陈道", "nr"), new Token(new Span(7, 9), "明亮", "a"),
                new Token(new Span(9, 10), "相", "d"), new Token(new Span(10, 11), "红", "a"));
        assertEquals("陈道明", g.repair(text, List.of(person(5, 7, "陈道")), words).get(0).text());
        // 陈道|明亮|的: 亮的 is no word, so 明亮 stands
        String bright = "陈道明亮的眼睛";
        List<Token> w2 = List.of(new Token(new Span(0, 2), "陈道", "nr"), new Token(new Span(2, 4), "明亮", "a"),
                new Token(new Span(4, 5), "的", "uj"), new Token(new Span(5, 7), "眼睛", "n"));
        assertEquals("陈道", g.repair(bright, List.of(person(0, 2, "陈道")), w2).get(0).text());
    }

    @Test
    void givenNamesReadOnBeforeAnOrganisationButNotBeforeAnotherPerson() {
        GivenNames g = new GivenNames(new NameRoles(new org.newsgraph.extract.segment.HanlpSegmenter()), s -> s.equals("高"), w -> false,
                java.util.Set.of(), java.util.Set.of(), 4.0, 3.0);
        // 高允连西山局局长, read by the segmenter as one organisation: the organisation after 连 does not stop the name
        String text = "高允连西山局局长";
        List<Token> words = List.of(new Token(new Span(0, 6), "高允连西山局", "nt"), new Token(new Span(6, 8), "局长", "n"));
        Mention org = new Mention(new Span(3, 6), MentionType.ORGANIZATION, "西山局", "test", 0.8);
        assertEquals("高允连", g.repair(text, List.of(person(0, 2, "高允"), org), words).get(0).text());
        // 高允连王强: 连 is all that stands before another person
        String two = "高允连王强";
        Mention other = person(3, 5, "王强");
        assertEquals("高允", g.repair(two, List.of(person(0, 2, "高允"), other), words).get(0).text());
    }

    @Test
    void aTitleInANameStaysAfterARoleWord() {
        TitlesInNames t = new TitlesInNames(new org.newsgraph.lexicon.TitleLexicon(List.<String[]>of(
                new String[] {"政委", "party", ""})), List.<String[]>of(new String[] {"经济学家"}));
        // 首席经济学家李政委称: 政委 is his given name here; 王政委称 alone is 王 + the post
        String text = "首席经济学家李政委称";
        assertEquals("李政委", t.cut(text, List.of(person(6, 9, "李政委"))).get(0).text());
        assertEquals("王", t.cut("王政委称", List.of(person(0, 3, "王政委"))).get(0).text());
    }

    @Test
    void aTitleReadIntoANameIsLeftOutUnlessATitleComesFirst() {
        Analysis a = Fixtures.analyse("周总理当年明确指出，“供水工程，由国家举办，应当列入国家计划。”", "1998-06-01");
        assertFalse(texts(a, MentionType.PERSON).contains("周总理"), a.mentions().toString());
        Analysis b = Fixtures.analyse("波兰科学院地球物理研究所马·莱万多夫斯基副教授说，对亿万年前地球磁场变动的研究可以复原各大陆的位置。",
                "1998-06-01");
        assertTrue(texts(b, MentionType.PERSON).contains("马·莱万多夫斯基"), b.mentions().toString());
    }

    @Test
    void foreignNamesInsideAWorksTitleAreNotPersonsButChineseNamesStay() {
        WorkTitles w = new WorkTitles(s -> s.equals("蒋新松"), ForeignNames.load(Parts.LEXICONS));
        String text = "参与《阿凡龙》的活动，《中国机器人之父蒋新松》一书";
        List<Mention> out = w.dropPersons(text, List.of(person(3, 6, "阿凡龙"), person(19, 22, "蒋新松")));
        assertEquals(List.of("蒋新松"), out.stream().map(Mention::text).toList());
        Analysis a = Fixtures.analyse("《勾魂谷》等多部电影的编剧工作，如何讲清楚《寂静岭3》的内容并和1代联系起来，", "2010-11-01");
        assertTrue(a.mentionsOf(MentionType.PERSON).isEmpty(), a.mentions().toString());
    }

    @Test
    void aNameInsideAWorksTitleWrittenInTransliterationIsNoChineseName() {
        // 《卡普森一家》: 卡 could be a surname, but every character is a transliteration
        WorkTitles w = new WorkTitles(s -> true, new ForeignNames(List.<String[]>of(new String[] {"卡"},
                new String[] {"普"}, new String[] {"森"})));
        String text = "播出《卡普森一家》，《中国之父蒋新松》";
        List<Mention> out = w.dropPersons(text, List.of(person(3, 6, "卡普森"), person(15, 18, "蒋新松")));
        assertEquals(List.of("蒋新松"), out.stream().map(Mention::text).toList());
    }

    @Test
    void organisationsLoseALeadingFunctionWordAndListsAreSplit() {
        Analysis a = Fixtures.analyse("袁步兵本人先后6次被如东农业系统评为先进个人，1997年被县委、团县委评为“如东县十佳青年”。", "1998-06-01");
        assertFalse(texts(a, MentionType.ORGANIZATION).contains("县委、团县委"), a.mentions().toString());
        String text = "以派出所为依托";
        List<Token> words = List.of(new Token(new Span(0, 1), "以", "p"), new Token(new Span(1, 4), "派出所", "n"),
                new Token(new Span(4, 5), "为", "p"));
        Mention org = new Mention(new Span(0, 4), MentionType.ORGANIZATION, "以派出所", "test", 0.8);
        assertEquals("派出所", OrgBoundaries.load(Lexicons.bundled(), w -> false, Parts.SEGMENTER::plainWords).trim(text, List.of(org), words).get(0).text());
    }

    @Test
    void transliteratedPlacesReadAsPersonsArePlaces() {
        Analysis a = Fixtures.analyse("保加利亚南部城市哈斯科沃不久前举办《中国在发展》图片展，吸引了当地市民。", "1998-06-01");
        assertFalse(texts(a, MentionType.PERSON).contains("哈斯科沃"), a.mentions().toString());
        PlaceCues cues = PlaceCues.load(Lexicons.bundled());
        String text = "源于巴杜尔火山的喷发";
        List<Token> words = List.of(new Token(new Span(0, 2), "源于", "v"), new Token(new Span(2, 5), "巴杜尔", "nr"),
                new Token(new Span(5, 7), "火山", "n"), new Token(new Span(7, 8), "的", "uj"));
        Mention m = cues.retype(text, List.of(person(2, 5, "巴杜尔")), words).get(0);
        assertEquals(MentionType.PLACE, m.type());
        assertEquals("巴杜尔火山", m.text());
    }
}
