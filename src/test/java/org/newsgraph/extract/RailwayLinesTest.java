package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/** Railway lines named by the abbreviations of their ends (invented sentences). */
class RailwayLinesTest {

    private final RailwayLines rule = new RailwayLines(List.of(new String[] {"京九线"}, new String[] {"陇海铁路"}));

    private static Mention mention(MentionType type, String text, String part) {
        int start = text.indexOf(part);
        return new Mention(new Span(start, start + part.length()), type, part, "test", 0.8);
    }

    private List<String> shown(String text, Mention... mentions) {
        return rule.mark(text, List.of(mentions)).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void aLineIsAPlaceAndTheEndReadAloneGivesWay() {
        String text = "列车沿京九线南下";
        assertEquals(List.of("PLACE 京九线"), shown(text));
        assertEquals(List.of("PLACE 京九线"), shown(text, mention(MentionType.PLACE, text, "京")));
        assertEquals(List.of("PLACE 陇海铁路"), shown("陇海铁路全线贯通"));
    }

    @Test
    void anOrganisationRunIntoTheLineKeepsWhatComesBefore() {
        String text = "从东城分局京九线调出";
        assertEquals(List.of("ORGANIZATION 东城分局", "PLACE 京九线"),
                shown(text, mention(MentionType.ORGANIZATION, text, "东城分局京九线")));
    }

    @Test
    void aLongerNameAroundTheLineStays() {
        String text = "京九线管理处成立";
        assertEquals(List.of("ORGANIZATION 京九线管理处"), shown(text, mention(MentionType.ORGANIZATION, text, "京九线管理处")));
    }
}
