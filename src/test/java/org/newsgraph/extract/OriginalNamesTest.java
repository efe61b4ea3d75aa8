package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/** A person's name in Latin letters in brackets after the person (invented sentences). */
class OriginalNamesTest {

    private final OriginalNames rule = new OriginalNames();

    private List<String> persons(String text, String name, MentionType type) {
        int start = text.indexOf(name);
        Mention m = new Mention(new Span(start, start + name.length()), type, name, "test", 0.8);
        return rule.add(text, List.of(m)).stream().filter(o -> o.type() == MentionType.PERSON).map(Mention::text).toList();
    }

    @Test
    void latinLettersInBracketsAfterAPersonAreTheSamePerson() {
        assertEquals(List.of("马克·泰勒", "Mark Taylor"), persons("教练马克·泰勒（Mark Taylor）表示", "马克·泰勒", MentionType.PERSON));
        assertEquals(List.of("泰勒", "marktaylor"), persons("泰勒(marktaylor)说", "泰勒", MentionType.PERSON));
    }

    @Test
    void notCapitalsOnlyNorAfterAnythingButAPerson() {
        assertEquals(List.of("泰勒"), persons("泰勒（WE.PJ）获胜", "泰勒", MentionType.PERSON));
        assertEquals(List.of("泰勒"), persons("泰勒（1928-2008）", "泰勒", MentionType.PERSON));
        assertEquals(List.of(), persons("微软（Microsoft）宣布", "微软", MentionType.ORGANIZATION));
        assertEquals(List.of("泰勒"), persons("泰勒（Mark Taylor", "泰勒", MentionType.PERSON));
    }
}
