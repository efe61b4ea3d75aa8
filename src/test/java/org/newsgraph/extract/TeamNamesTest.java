package org.newsgraph.extract;

import org.newsgraph.lexicon.Lexicons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

class TeamNamesTest {

    private static final TeamNames TEAMS = TeamNames.load(Lexicons.bundled());

    private static Mention at(String text, String word, MentionType type) {
        int start = Text.length(text.substring(0, text.indexOf(word)));
        return new Mention(new Span(start, start + Text.length(word)), type, word, "test", 1.0);
    }

    private static List<MentionType> types(String text, Mention... mentions) {
        return TEAMS.retype(text, List.of(mentions)).stream().map(Mention::type).toList();
    }

    @Test
    void aPlaceThatWinsOrPlaysAtHomeIsATeam() {
        String text = "罗马本轮战胜热那亚，曼城主场不敌米兰。";
        assertEquals(List.of(MentionType.PLACE, MentionType.ORGANIZATION, MentionType.ORGANIZATION,
                        MentionType.ORGANIZATION),
                types(text, at(text, "罗马", MentionType.PLACE), at(text, "热那亚", MentionType.PLACE),
                        at(text, "曼城", MentionType.PLACE), at(text, "米兰", MentionType.PLACE)));
    }

    @Test
    void aPlayerWhoBeatsAnotherStaysAPerson() {
        String text = "林丹战胜李宗伟，夺得冠军。";
        assertEquals(List.of(MentionType.PERSON, MentionType.PERSON),
                types(text, at(text, "林丹", MentionType.PERSON), at(text, "李宗伟", MentionType.PERSON)));
    }

    @Test
    void aPersonReadingOfAClubIsATeamAtHomeOrAgainstAPlace() {
        String text = "阿森纳主场迎战韦冈，拉齐奥vs罗马。";
        assertEquals(List.of(MentionType.ORGANIZATION, MentionType.PERSON, MentionType.ORGANIZATION,
                        MentionType.ORGANIZATION),
                types(text, at(text, "阿森纳", MentionType.PERSON), at(text, "韦冈", MentionType.PERSON),
                        at(text, "拉齐奥", MentionType.PERSON), at(text, "罗马", MentionType.PLACE)));
    }

    @Test
    void fansOfACountryLeaveTheCountryAPlace() {
        String text = "英国球迷坐得密密麻麻。";
        assertEquals(List.of(MentionType.PLACE), types(text, at(text, "英国", MentionType.PLACE)));
    }
}
