package org.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void oneSpellingWhateverJoinAPaperWritesInATransliteratedName() {
        assertEquals(Names.spelling("马克·戴萨姆"), Names.spelling("马克-戴萨姆"));
        assertEquals(Names.spelling("让-皮埃尔·拉法兰"), Names.spelling("让皮埃尔拉法兰"));
        assertEquals("刘涛", Names.spelling("刘 涛"));
    }

    @Test
    void compactKeysKeepTheJoins() {
        assertNotEquals(Names.compact("马克·戴萨姆"), Names.compact("马克-戴萨姆"));
        assertEquals("刘涛", Names.compact("刘\u3000涛"));
    }
}
