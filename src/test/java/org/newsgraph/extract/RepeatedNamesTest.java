package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.extract.Parts.show;
import static org.newsgraph.model.MentionType.ORGANIZATION;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.PLACE;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

    private static final RepeatedNames REPEATED = new RepeatedNames(Parts.TITLES);

    @Test
    void aNameWrittenAgainWhereAOneCharacterPlaceWasReadIsThePerson() {
        String text = "至于孙丽萍，赵刚第一次跟孙丽萍见面时很紧张。";
        assertEquals(List.of("PERSON 孙丽萍 2-5", "PERSON 赵刚 6-8", "PERSON 孙丽萍 12-15"), show(REPEATED.complete(text,
                List.of(mention(text, "孙丽萍", PERSON, NerRecognizer.METHOD), mention(text, "赵刚", PERSON, NerRecognizer.METHOD),
                        mention(text, "孙", 1, PLACE, NerRecognizer.METHOD)))));
    }

    @Test
    void aNameInsideAnOrganisationStaysThere() {
        String text = "孙丽萍说，孙丽萍基金会成立了。";
        List<String> out = show(REPEATED.complete(text, List.of(mention(text, "孙丽萍", PERSON, NerRecognizer.METHOD),
                mention(text, "孙丽萍基金会", ORGANIZATION, NerRecognizer.METHOD))));
        assertEquals(List.of("PERSON 孙丽萍 0-3", "ORGANIZATION 孙丽萍基金会 5-11"), out);
    }

    @Test
    void twoCharacterNamesAreNotLookedFor() {
        String text = "赵刚说，赵刚强调的是速度。";
        assertEquals(List.of("PERSON 赵刚 0-2"), show(REPEATED.complete(text,
                List.of(mention(text, "赵刚", PERSON, NerRecognizer.METHOD)))));
    }

    @Test
    void whatStandsBeforeATitleAndAPersonIsAPlaceEverywhere() {
        String text = "总理会见格林纳达代表团。总理与格林纳达总理托马斯举行会谈。";
        List<String> out = show(REPEATED.complete(text, List.of(
                mention(text, "格林纳达", PERSON, NerRecognizer.METHOD), mention(text, "托马斯", PERSON, NerRecognizer.METHOD))));
        assertEquals(List.of("PLACE 格林纳达 4-8", "PERSON 托马斯 21-24"), out);
    }

    @Test
    void aPersonBeforeATitleAndASpouseStaysAPerson() {
        String text = "赵刚总理夫人孙丽萍出席了招待会。";
        assertEquals(List.of("PERSON 赵刚 0-2", "PERSON 孙丽萍 6-9"), show(REPEATED.complete(text, List.of(
                mention(text, "赵刚", PERSON, NerRecognizer.METHOD), mention(text, "孙丽萍", PERSON, NerRecognizer.METHOD)))));
    }
}
