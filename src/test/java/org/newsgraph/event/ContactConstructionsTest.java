package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;

/**
 * Who met whom in news reports that are not like the sample pages: national and foreign news as JSON
 * Lines records (no date, no home jurisdiction), and the things that must never make a pair.
 */
class ContactConstructionsTest {

    private static Analysis record(String text) {
        return Fixtures.pipeline().run(Fixtures.record("r1", text));
    }

    private static Set<String> pairs(String text) {
        return ConstructionExamplesTest.pairs(record(text));
    }

    @Test
    void distributedMeetingsMakeOneEventPerGuestAndDoNotPairTheGuests() {
        Analysis a = record("国务院总理李国强3日在北京分别会见了日本首相桥本龙太郎和韩国总统金大中。");
        assertEquals(Set.of("李国强-桥本龙太郎", "李国强-金大中"), ConstructionExamplesTest.pairs(a));
        assertEquals(2, a.events().size());
        assertTrue(a.events().stream().allMatch(e -> e.construction().equals("meet-object")));
    }

    @Test
    void foreignNamesAreReadWholeAcrossTheirJoins() {
        Analysis a = record("国家主席张明远今天在中南海会见了美国英特尔公司董事长安德鲁·葛鲁夫一行。");
        assertTrue(a.mentionsOf(MentionType.PERSON).stream().map(Mention::text).anyMatch("安德鲁·葛鲁夫"::equals),
                a.mentions().toString());
        assertEquals(Set.of("安德鲁·葛鲁夫-张明远"), ConstructionExamplesTest.pairs(a));
        assertEquals(Set.of("张明远-德贝内西亚"),
                pairs("委员长张明远今天会见了参加年会的菲律宾众议长德贝内西亚等各国代表。"));
    }

    @Test
    void aCallIsAContactOfItsOwnType() {
        Analysis a = record("国家主席张明远应约同美国总统克林顿通电话。");
        assertEquals(List.of("call"), a.events().stream().map(Event::type).toList());
    }

    @Test
    void reportersInEveryBylineFormNeverPair() {
        assertEquals(Set.of(), pairs("新华社记者王建国、李红报道：刘志华今天在京出席了会议。"));
        assertEquals(Set.of("刘志华-张明远"), pairs("新华社北京5月3日电（记者王建国）刘志华今天会见了张明远。"));
        assertEquals(Set.of(), pairs("刘志华出席了今天的会议。（王建国）"));
        assertEquals(Set.of(), pairs("王建国、李红摄 刘志华出席了会议。"));
    }

    @Test
    void namesInsideOtherNamesTheDeadAndTheCommemoratedNeverPair() {
        assertEquals(Set.of(), pairs("国家主席张明远在座谈会上强调，要坚持毛泽东思想和邓小平理论。"));
        assertEquals(Set.of(), pairs("国家主席张明远出席纪念周恩来诞辰一百周年座谈会。"));
        assertEquals(Set.of(), pairs("刘志华前往医院，向王建国同志的遗体告别。"));
        assertEquals(Set.of(), pairs("刘志华和王建国出席了在逸夫楼举行的中山路改造座谈会。").stream()
                .filter(p -> p.contains("逸夫") || p.contains("中山")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void lettersTelegramsAndMentionsAreNotMeetings() {
        assertEquals(Set.of(), pairs("国家主席张明远致电美国总统克林顿，祝贺他连任。"));
        assertEquals(Set.of(), pairs("国家主席张明远给王建国回信，勉励他继续努力。"));
        assertEquals(Set.of(), pairs("刘志华指出，据王建国介绍，今年的收成很好。"));
        assertEquals(Set.of(), pairs("刘志华和王建国主演的电影《英雄》今天上映。"));
        assertEquals(Set.of(), pairs("国家主席张明远将于下周会见法国总统马克龙。"));
    }

    @Test
    void anInvitationOrAListOfWinnersIsNoMeetingUnlessTheTextSaysSo() {
        assertEquals(Set.of(), pairs("应国家主席张明远邀请，法国总统马克龙将于下月对中国进行国事访问。"));
        assertEquals(Set.of(), pairs("本届科技进步奖获得者名单：王建国、刘志华、李红。"));
        assertEquals(Set.of(), pairs("人大代表候选人为王建国、刘志华和李红。"));
        assertEquals(Set.of("张明远-马克龙"), pairs("应国家主席张明远邀请，法国总统马克龙对中国进行国事访问。访问期间，张明远同马克龙举行了会谈。"));
    }

    @Test
    void honorificsStandForTheFullNameOfTheSameArticle() {
        assertEquals(Set.of("刘志华-王建国"), pairs("王建国总统昨天抵达北京。今天上午，刘志华在人民大会堂会见了王总统。"));
    }

    @Test
    void aPronounStandsForTheSubjectOfItsOrThePreviousSentence() {
        assertEquals(Set.of("刘志华-王建国"), pairs("刘志华昨天抵达北京。他今天上午与王建国举行了会谈。"));
        assertEquals(Set.of(), pairs("刘志华昨天抵达北京。他们今天上午参观了工厂。"));
    }

    @Test
    void recordsWithoutAJurisdictionKeyPersonsByNameAlone() {
        Analysis a = record("国家主席张明远今天会见了法国总统马克龙。");
        Mention person = a.mentionsOf(MentionType.PERSON).get(0);
        assertEquals("张明远", a.article().personKey(person));
    }

    @Test
    void aRecordWithoutSentenceEndsIsReadInWindowsAndStillFindsItsContacts() {
        String text = "国家主席张明远今天会见了法国总统马克龙和夫人" .repeat(40);
        Analysis a = record(text);
        assertTrue(ConstructionExamplesTest.pairs(a).contains("张明远-马克龙"), a.events().toString());
        assertTrue(a.events().stream().allMatch(e -> e.evidence().length() <= EventExtractor.MAX_SENTENCE));
    }
}
