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

    private final PlaceAbbreviations rule = new PlaceAbbreviations(Set.of("抵京", "赴沪", "来锡"));


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

    @Test
    void aTravelWordInTwoWordsBeforeAVerbIsAPlaceNotAName() {
        // 与来锡考察的社长: the segmenter knows no word 来锡, and 来 is also a surname
        assertEquals(List.of("PLACE 锡 2"), shown(rule.add(List.of(), Words.of("与/p", "来/v", "锡/n", "考察/v", "的/uj"))));
        Mention misread = new Mention(new Span(1, 3), MentionType.PERSON, "来锡", "test", 0.8);
        assertEquals(List.of("PLACE 锡 2"), shown(rule.add(List.of(misread), Words.of("与/p", "来/v", "锡/n", "考察/v"))));
        // 来|锡|的: no verb after it, so nothing is read (a person named 来锡 stays)
        assertEquals(List.of(), shown(rule.add(List.of(), Words.of("与/p", "来/v", "锡/n", "的/uj"))));
    }
}
