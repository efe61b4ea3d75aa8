package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** Organisation boundaries: an opener before the name, a post after it (invented sentences). */
class OrgBoundariesTest {

    private final OrgBoundaries rule = new OrgBoundaries(Set.of("应", "原", "以", "同"), Set.of("政委", "书记"),
            Set.of("原子", "原子能", "书记", "以色列")::contains, Parts.SEGMENTER::plainWords);

    /** The organisation read as text[start, end) trimmed, the segmenter having read it as one word. */
    private String trimmed(String text, int start, int end) {
        List<Token> tokens = List.of(new Token(new Span(0, text.length()), text, "nt"));
        Mention org = new Mention(new Span(start, end), MentionType.ORGANIZATION, text.substring(start, end), "test", 0.8);
        return rule.trim(text, List.of(org), tokens).get(0).text();
    }

    @Test
    void anOpenerReadIntoTheNameIsLeftOut() {
        assertEquals("山东大学", trimmed("应山东大学", 0, 5));
        assertEquals("青山县县委", trimmed("原青山县县委", 0, 6));
        assertEquals("地方体育局", trimmed("同地方体育局", 0, 6));
    }

    @Test
    void aWordTheRecogniserReadIntoTheNameIsLeftOut() {
        // the segmenter's organisation recogniser made 下九三学社 and 都说北欧队 one word each
        assertEquals("九三学社", trimmed("下九三学社", 0, 5));
        assertEquals("北欧队", trimmed("都说北欧队", 0, 5));
        // a transliterated name is not cut at a verb character
        assertEquals("拉齐奥队", trimmed("拉齐奥队", 0, 4));
        // after a preposition the name may start with a word of one character; after a locality word it may not
        assertEquals("县人大常委会", trimmed("为县人大常委会", 0, 7));
        assertEquals("中博传媒", trimmed("中博传媒", 0, 4));
    }

    @Test
    void anOpenerThatStartsAWordOfTheNameStays() {
        assertEquals("原子能机构", trimmed("原子能机构", 0, 5));
        assertEquals("以色列议会", trimmed("以色列议会", 0, 5));
        // too short to lose a character
        assertEquals("应台", trimmed("应台", 0, 2));
    }

    @Test
    void aPostThatEndsTheNameIsLeftOut() {
        assertEquals("红星独立团", trimmed("红星独立团政委", 0, 7));
        assertEquals("青山县委", trimmed("原青山县委书记", 0, 7));
    }

    @Test
    void aPostIsKeptWhenTooLittleWouldBeLeftOrItIsNotAtTheEnd() {
        assertEquals("团政委", trimmed("团政委", 0, 3));
        assertEquals("书记处", trimmed("书记处", 0, 3));
    }

    @Test
    void anOpeningTitleMarkNotClosedInsideIsLeftOut() {
        // 通过了《青山学会理事会工作规则》: the mark opens the rules, not the body
        assertEquals("青山学会理事会", trimmed("《青山学会理事会工作规则》", 0, 8));
    }

    @Test
    void aTitleMarkLeftOpenTakesItsClosingMark() {
        // 原青山区《农民日报》和…: a newspaper named with its marks
        assertEquals("青山区《农民日报》", trimmed("青山区《农民日报》和", 0, 8));
    }

    @Test
    void balancedMarksStayAsTheyAre() {
        assertEquals("德国《晨报》编辑部", trimmed("德国《晨报》编辑部时", 0, 9));
        assertEquals("晨报", trimmed("《晨报》", 1, 3));
    }
}
