package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** Two names read as one person across a conjunction (invented sentences). */
class JoinedNamesTest {

    private final JoinedNames rule = new JoinedNames(Set.of("和", "及"), Set.of("王明", "李强", "胡文", "卡拉姆")::contains);


    private List<String> persons(List<Token> tokens, int start, int end) {
        String text = String.join("", tokens.stream().map(Token::text).toList());
        Mention m = new Mention(new Span(start, end), MentionType.PERSON, text.substring(start, end), "test", 0.8);
        return rule.split(text, List.of(m), tokens).stream().map(Mention::text).toList();
    }

    @Test
    void twoNamesAcrossAConjunctionAreTwoPersons() {
        assertEquals(List.of("王明", "李强"), persons(Words.of("王明/nr", "和/c", "李强/nr", "出席/v"), 0, 5));
        assertEquals(List.of("卡拉姆", "李强"), persons(Words.of("卡拉姆/nr", "及/c", "李强/nr", "说/v"), 0, 6));
    }

    @Test
    void notWhenOneSideIsNoNameOrTheCharacterIsNoWordOfItsOwn() {
        // 胡文和来到: no name after 和
        assertEquals(List.of("胡文和来"), persons(Words.of("胡文/nr", "和/c", "来到/v"), 0, 4));
        // 和 inside the segmenter's word: a given name ending with it
        assertEquals(List.of("王明和"), persons(Words.of("王明和/nr", "李强/nr"), 0, 3));
    }
}
