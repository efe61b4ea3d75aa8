package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.extract.Parts.show;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.PLACE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;

/** A side of talks written as a country's first character and 方 (invented sentences). */
class SideNamesTest {

    private final SideNames sides = SideNames.load(Parts.LEXICONS);

    @Test
    void aSideOfACountryTheArticleNamesIsNoPerson() {
        String text = "乌拉圭副总统会见了他。李明表示，中方愿同乌方一道推动合作。";
        List<Mention> mentions = List.of(mention(text, "乌拉圭", PLACE, NerRecognizer.METHOD),
                mention(text, "李明", PERSON, NerRecognizer.METHOD), mention(text, "乌方", PERSON, NerRecognizer.METHOD));
        assertEquals(List.of("PLACE 乌拉圭 0-3", "PERSON 李明 11-13"), show(sides.drop(mentions)));
    }

    @Test
    void aNameEndingIn方StaysWhereNoPlaceStartsLikeIt() {
        String text = "韩方说，他会准时到。";
        List<Mention> mentions = List.of(mention(text, "韩方", PERSON, NerRecognizer.METHOD));
        assertEquals(List.of("PERSON 韩方 0-2"), show(sides.drop(mentions)));
    }
}
