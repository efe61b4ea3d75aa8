package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;

/** Reports of a meeting by its chair, speakers and attendees, in records without a date (JSON Lines). */
class MeetingReportTest {

    private static Set<String> pairs(String text) {
        return ConstructionExamplesTest.pairs(Fixtures.pipeline().run(Fixtures.record("m", text)));
    }

    @Test
    void theChairAndTheAttendeesOfAnUndatedReportMet() {
        assertEquals(Set.of("张伟-李明", "张伟-赵刚", "李明-赵刚"),
                pairs("市委书记张伟主持会议并讲话。市长李明、市政协主席赵刚出席。"));
        assertEquals(Set.of("李建国-王宏伟", "李建国-赵明", "王宏伟-赵明"),
                pairs("省委书记李建国主持会议，省长王宏伟作工作报告，省政协主席赵明出席。"));
    }

    @Test
    void whoDidNotAttendIsNoAttendee() {
        assertEquals(Set.of("张伟-赵刚"), pairs("市委书记张伟主持会议并讲话。市政协主席赵刚出席。市长李明因公出差，未能出席。"));
    }

    @Test
    void aMeetingReportedAsThePastIsBackground() {
        assertEquals(Set.of(), pairs("市委书记张伟曾主持会议，市长李明出席。"));
    }

    @Test
    void aRallyChairedByOneAndAddressedByOthersIsAMeetingOfThemAll() {
        assertEquals(Set.of("孙丽华-赵刚", "周明亮-赵刚", "周明亮-孙丽华"),
                pairs("大会由赵刚主持，孙丽华宣读了表彰决定，周明亮作了讲话。"));
    }

    @Test
    void aGatheringNamedAgainInLaterSentencesIsOneMeeting() {
        assertEquals(Set.of("张明远-李国强", "张明远-赵刚", "张明远-王建国", "李国强-赵刚", "李国强-王建国", "王建国-赵刚"),
                pairs("座谈会23日上午在人民大会堂举行。张明远、李国强、赵刚出席座谈会。张明远在座谈会上发表重要讲话。"
                        + "座谈会由李国强主持，亲属代表王建国在会上发言。"));
    }

    @Test
    void whoSpokeAtAMeetingMetItsChairAndAttendees() {
        assertEquals(Set.of("李建国-王宏伟", "李建国-赵明", "王宏伟-赵明"),
                pairs("市委书记李建国在全市干部大会上强调，要抓好落实。大会由市长王宏伟主持，市政协主席赵明出席。"));
        assertEquals(Set.of("王宏伟-赵明"),
                pairs("市委书记李建国在全市干部大会召开前强调，要抓好落实。大会由市长王宏伟主持，市政协主席赵明出席。"));
    }

    @Test
    void speakersListedWithTheirTitlesMetTheChair() {
        assertEquals(Set.of("刘志华-王建国", "刘志华-李红", "李红-王建国"),
                pairs("研讨会由刘志华主持，清华大学教授王建国、北京大学教授李红作主旨发言。"));
        assertEquals(Set.of("孙丽华-赵刚", "周明亮-赵刚", "周明亮-孙丽华"),
                pairs("在村民议事会上，村党支部书记赵刚主持会议，老党员孙丽华、村民代表周明亮先后发言。"));
    }

    @Test
    void whoAttendsTheMeetingByTheHeadOfItsNameJoinsItsChair() {
        assertEquals(Set.of("张伟-李明", "张伟-赵刚", "李明-赵刚"),
                pairs("昨天，市长张伟主持召开市政府常务会议。会议指出，要压实各方责任。副市长李明、赵刚参加会议。"));
        // a gathering of another name is another meeting
        assertEquals(Set.of("李明-赵刚"), pairs("昨天，市长张伟主持召开常务会议。副市长李明、赵刚出席了座谈会。"));
    }

    @Test
    void theChairOfAMeetingWhereItIsHeldMetItsSpeakersAndAttendees() {
        // 张伟在合肥主持召开: the place between the chair and the verb
        assertEquals(Set.of("张伟-李明", "张伟-赵刚", "孙丽华-张伟", "李明-赵刚", "孙丽华-李明", "孙丽华-赵刚"),
                pairs("省委书记张伟在合肥主持召开企业家座谈会，公司董事长李明、集团总经理赵刚等企业家代表先后发言。"
                        + "张伟指出，民营经济是重要力量。省领导孙丽华出席座谈会。"));
    }

    @Test
    void speakersWhosePostFollowsAnUnreadCompanyNameMetTheChair() {
        assertEquals(Set.of("张伟-李明", "张伟-赵刚", "李明-赵刚"),
                pairs("省委书记张伟昨日主持召开企业家座谈会，九州通董事长李明、人福医药董事长赵刚先后发言。"));
    }

    @Test
    void whoAttendsTheMeetingAttendsItsLargestTelling() {
        // 同他们亲切交谈 tells the meeting again; 参加会见 joins the meeting, with its host
        assertEquals(Set.of("张伟-李明", "张伟-赵刚", "李明-赵刚", "孙丽华-张伟", "孙丽华-李明", "孙丽华-赵刚"),
                pairs("主席张伟今天会见了委员李明和赵刚等知名人士，同他们亲切交谈。副主席孙丽华参加会见。"));
    }

    @Test
    void companionsOfAnInspectionAttendIt() {
        // 陪同检查: the companions attend the inspection, so an undated report still tells of one event
        assertEquals(Set.of("张伟-李明", "张伟-赵刚", "李明-赵刚"),
                pairs("市长张伟到长江干堤检查防汛工作，副市长李明、市应急管理局局长赵刚陪同检查。"));
    }

    @Test
    void aForeignGuestNamedLaterByTheLastPartOfTheNameIsOneParticipant() {
        assertEquals(Set.of("张明远-曼莫汉·辛格"),
                pairs("总理张明远14日同印度总理曼莫汉·辛格举行会谈。当晚，辛格出席了张明远为他举行的欢迎宴会。"));
        // the short name written first is someone else: the king and his son
        assertEquals(Set.of("张明远-萨勒曼", "张明远-穆罕默德·本·萨勒曼", "穆罕默德·本·萨勒曼-萨勒曼"),
                pairs("沙特国王萨勒曼为国家主席张明远举行隆重欢迎仪式，王储兼首相穆罕默德·本·萨勒曼等王室成员出席。"));
    }

    @Test
    void twoMeetingsOfOneHostStayTwo() {
        assertEquals(Set.of("史密斯-张明远", "张明远-琼斯"), pairs("3日，张明远会见了史密斯。当天下午，张明远会见了琼斯。"));
    }
}
