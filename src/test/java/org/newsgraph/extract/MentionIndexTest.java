package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.Parts.mention;
import static org.newsgraph.model.MentionType.PERSON;
import static org.newsgraph.model.MentionType.TITLE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class MentionIndexTest {

    private static final String TEXT = "市长王建国会见了李红。";
    private final MentionIndex index = new MentionIndex(List.of(mention(TEXT, "市长", TITLE, TitleRecognizer.METHOD),
            mention(TEXT, "王建国", PERSON, NerRecognizer.METHOD), mention(TEXT, "李红", PERSON, NerRecognizer.METHOD)));

    @Test
    void findsWhatStartsEndsOrOverlapsAPosition() {
        assertTrue(index.endsAt(2, TITLE));
        assertTrue(index.startsAt(2, PERSON));
        assertFalse(index.endsAt(4, PERSON));
        assertEquals(1, index.overlapping(new Span(4, 6)).size(), "王建国 reaches into 4–6");
        assertTrue(index.free(new Span(5, 8)));
    }

    @Test
    void aReplacementTakesThePlaceOfWhatItOverlaps() {
        index.replace(mention(TEXT, "长王建国", PERSON, "test"));
        assertEquals(List.of("长王建国", "李红"), index.mentions().stream().map(m -> m.text()).toList());
    }
}
