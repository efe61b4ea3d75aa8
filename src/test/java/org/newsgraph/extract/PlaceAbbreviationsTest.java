package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;

/** A place abbreviation inside a verb of travel (invented sentences). */
class PlaceAbbreviationsTest {

    private final PlaceAbbreviations rule = new PlaceAbbreviations(Set.of("抵京", "赴沪"));


    private static List<String> shown(List<Mention> mentions) {
        return mentions.stream().map(m -> m.type() + " " + m.text() + " " + m.start()).toList();
    }

    @Test
    void theAbbreviationInATravelVerbIsAPlace() {
        // 代表团昨日抵京
        assertEquals(List.of("PLACE 京 6"), shown(rule.add(List.of(), Words.of("代表团/n", "昨日/t", "抵京/v"))));
    }

    @Test
    void notWhenTheSegmenterSplitsTheWordOrAMentionCoversIt() {
        // 抵/京剧院: the segmenter reads another word
        assertEquals(List.of(), shown(rule.add(List.of(), Words.of("抵/v", "京剧院/n"))));
        Mention org = new Mention(new Span(0, 5), MentionType.ORGANIZATION, "赴沪工作组", "test", 0.8);
        assertEquals(List.of("ORGANIZATION 赴沪工作组 0"), shown(rule.add(List.of(org), Words.of("赴沪/v", "工作组/n"))));
    }
}
