package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Participant;

class EventExtractorTest {

    private static Map<String, String> roles(Event e) {
        return e.participants().stream().collect(Collectors.toMap(p -> p.person().text(),
                p -> p.role().name().toLowerCase()));
    }

    @Test
    void participantsNamedInLaterSentencesJoinTheEvent() {
        Analysis a = Fixtures.analyse("10月7日，张新伟在清徐县督导检查防汛救灾工作。他强调，要全力做好灾后恢复重建。"
                + "市人大常委会副主任、清徐县委书记王剑峰，副市长程永平参加。", "2021-10-09");
        assertEquals(1, a.events().size());
        Event e = a.events().get(0);
        assertEquals("inspection", e.type());
        assertEquals("2021-10-07", e.time().value());
        assertEquals("清徐县", e.place().name());
        assertEquals(Map.of("张新伟", "inspector", "王剑峰", "attendee", "程永平", "attendee"), roles(e));
    }

    @Test
    void speakerAndChairComeFromTheVerbAfterTheName() {
        Analysis a = Fixtures.analyse("本报讯 10月8日，市人大常委会党组(扩大)会议召开。市人大常委会党组书记、主任魏民主持并讲话。",
                "2021-10-09");
        assertEquals(Map.of("魏民", "chair"), roles(a.events().get(0)));
        Analysis b = Fixtures.analyse("本报讯 12月20日，我市召开全市疫苗接种工作推进会。副市长陈博出席并讲话。", "2021-12-21");
        assertEquals(Map.of("陈博", "speaker"), roles(b.events().get(0)));
    }

    @Test
    void topicAndOrganiserAreRead() {
        Analysis a = Fixtures.analyse("本报讯 12月20日，我市召开全市疫苗接种工作推进会。副市长陈博出席并讲话。", "2021-12-21");
        assertEquals("全市疫苗接种工作推进会", a.events().get(0).topic());
        Analysis b = Fixtures.analyse("10月27日，太原市市场监督管理局举行新闻发布会，局长连波介绍新政策。", "2021-10-28");
        assertEquals("太原市市场监督管理局", b.events().get(0).organizer());
        Analysis c = Fixtures.analyse("12月20日下午，“人工智能促进分级诊疗”专题讲座在市卫健委举行。", "2021-12-21");
        assertEquals("", c.events().get(0).organizer());
        assertEquals("太原市卫生健康委员会", c.events().get(0).place().name());
        Analysis d = Fixtures.analyse("10月7日，张新伟在清徐县督导检查防汛救灾工作。", "2021-10-09");
        assertEquals("防汛救灾工作", d.events().get(0).topic());
    }

    @Test
    void unnamedGroupsAreGroupsNotPeople() {
        Analysis a = Fixtures.analyse("本报讯 10月27日下午，副市长陈博与卫健委、市场监管、文物局等部门负责人，一同实地督导检查我市疫情防控工作。",
                "2021-10-28");
        Event e = a.events().get(0);
        assertEquals(Map.of("陈博", "inspector"), roles(e));
        assertEquals(List.of("卫健委、市场监管、文物局等部门负责人"), e.groups());
    }

    @Test
    void plansAndCallsToActionAreNotEvents() {
        Analysis a = Fixtures.analyse("会议要求，各级各部门要加强检查，将召开推进会。", "2021-12-21");
        assertTrue(a.events().isEmpty(), a.events().toString());
    }

    @Test
    void bylineAuthorsHistoryBoxPeopleAndAwardListsAreNeverParticipants() {
        for (Article article : Fixtures.seedArticles()) {
            Analysis a = Fixtures.pipeline().run(article);
            List<String> participants = a.events().stream().flatMap(e -> e.participants().stream())
                    .map(Participant::person).map(m -> m.text()).toList();
            for (String author : List.of("刘 涛", "殷雪青", "梁涛", "司 勇", "李公朴", "魏 薇", "张 波")) {
                assertTrue(!participants.contains(author), author + " is a participant in " + article.id());
            }
        }
        Analysis awards = Fixtures.analyse("本报讯 12月20日，全市表彰大会举行。获奖者有张三丰、李四光、王五常等。", "2021-12-21");
        assertTrue(awards.events().stream().allMatch(e -> e.participants().isEmpty()), awards.events().toString());
    }
}
