package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.extract.Parts.show;
import static org.newsgraph.model.MentionType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;

/** A foreign name run into the adverb or numeral after it (invented sentences). */
class ForeignNameEndsTest {

    private final ForeignNameEnds rule = new ForeignNameEnds(ForeignNames.load(Parts.LEXICONS), Parts.SEGMENTER::nameRoles);

    private List<String> cut(String text, String person) {
        return show(rule.cut(text, List.of(mention(text, person, PERSON, NerRecognizer.METHOD))));
    }

    @Test
    void anAdverbOrNumeralAfterAForeignNameIsCutOff() {
        assertEquals(List.of("PERSON 卡特 2-4"), cut("总统卡特再访北京。", "卡特再"));
        assertEquals(List.of("PERSON 阿西莫 2-5"), cut("提出阿西莫三定律。", "阿西莫三"));
    }

    @Test
    void aNameCutBackToAJoinEndsBeforeIt() {
        assertEquals(List.of("PERSON 赛塔 2-4"), cut("总理赛塔·他威信访华。", "赛塔·他"));
    }

    @Test
    void notACharacterThatEndsOrStartsNames() {
        // 华 ends many given names; 许 is a surname (and writes -sh: 麦克塔维许)
        assertEquals(List.of("PERSON 卡特华 0-3"), cut("卡特华说。", "卡特华"));
        assertEquals(List.of("PERSON 麦克塔维许 0-5"), cut("麦克塔维许说。", "麦克塔维许"));
    }

    @Test
    void notAChineseNameNorATwoCharacterOne() {
        assertEquals(List.of("PERSON 张伟再 0-3"), cut("张伟再次发言。", "张伟再"));
        assertEquals(List.of("PERSON 卡再 0-2"), cut("卡再说。", "卡再"));
    }
}
