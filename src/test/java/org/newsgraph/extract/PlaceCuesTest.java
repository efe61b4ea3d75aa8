package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** A place followed by a landmark's feature word names the landmark (invented sentences). */
class PlaceCuesTest {

    private final PlaceCues cues = PlaceCues.load(Lexicons.bundled());


    private static Mention mention(MentionType type, String text, int start, int end) {
        return new Mention(new Span(start, end), type, text.substring(start, end), "test", 0.8);
    }

    private List<String> places(List<Token> tokens, Mention... mentions) {
        String text = String.join("", tokens.stream().map(Token::text).toList());
        return cues.retype(text, List.of(mentions), tokens).stream().map(Mention::text).toList();
    }

    @Test
    void aPlaceBeforeAFeatureWordNamesTheLandmark() {
        // 航班备降柳州机场
        List<Token> w = Words.of("航班/n", "备降/v", "柳州/ns", "机场/n");
        assertEquals(List.of("柳州机场"), places(w, mention(MentionType.PLACE, "航班备降柳州机场", 4, 6)));
    }

    @Test
    void notWhenTheFeatureIsPartOfALongerWordOrOfTheNextName() {
        // 柳州机场路: the word is 机场路, read as the segmenter reads it
        List<Token> w = Words.of("柳州/ns", "机场路/ns");
        assertEquals(List.of("柳州"), places(w, mention(MentionType.PLACE, "柳州机场路", 0, 2)));
        // 柳州|公园管理处: the next mention starts at the feature
        String text = "柳州公园管理处";
        List<Token> w2 = Words.of("柳州/ns", "公园/n", "管理处/n");
        assertEquals(List.of("柳州", "公园管理处"), places(w2, mention(MentionType.PLACE, text, 0, 2),
                mention(MentionType.ORGANIZATION, text, 2, 7)));
    }

    @Test
    void oneCharacterFeaturesAreLeftAlone() {
        // 柳州路: 路 after a place is as often a common word
        List<Token> w = Words.of("柳州/ns", "路/n", "远/a");
        assertEquals(List.of("柳州"), places(w, mention(MentionType.PLACE, "柳州路远", 0, 2)));
    }

    private List<MentionType> types(List<Token> tokens, Mention... mentions) {
        String text = String.join("", tokens.stream().map(Token::text).toList());
        return cues.retype(text, List.of(mentions), tokens).stream().map(Mention::type).toList();
    }

    @Test
    void aPersonEndingWithAPlaceCharacterIsAPlace() {
        // 游客来到青石坝, 重修了白云寺
        List<Token> w = Words.of("游客/n", "来到/v", "青石坝/nr");
        assertEquals(List.of(MentionType.PLACE), types(w, mention(MentionType.PERSON, "游客来到青石坝", 4, 7)));
        List<Token> w2 = Words.of("重修/v", "了/ul", "白云寺/nr");
        assertEquals(List.of(MentionType.PLACE), types(w2, mention(MentionType.PERSON, "重修了白云寺", 3, 6)));
        // 住在李家屯: 屯 ends almost no given name
        List<Token> w3 = Words.of("住在/v", "李家屯/nr");
        assertEquals(List.of(MentionType.PLACE), types(w3, mention(MentionType.PERSON, "住在李家屯", 2, 5)));
    }

    @Test
    void aNameBeforeADistrictWordNamesTheDistrict() {
        // 丽泽|商务区: a name before the kind of district is the district's
        List<Token> w = Words.of("对于/p", "丽泽/nr", "商务区/n", "的/uj", "发展/vn");
        assertEquals(List.of("丽泽商务区"), places(w, mention(MentionType.PERSON, "对于丽泽商务区的发展", 2, 4)));
    }

    @Test
    void notACharacterThatEndsGivenNamesToo() {
        // 作家张小岛说, 王之路来了: 岛 and 路 end many given names
        List<Token> w = Words.of("作家/n", "张小岛/nr", "说/v");
        assertEquals(List.of(MentionType.PERSON), types(w, mention(MentionType.PERSON, "作家张小岛说", 2, 5)));
        List<Token> w2 = Words.of("王之路/nr", "来/v", "了/ul");
        assertEquals(List.of(MentionType.PERSON), types(w2, mention(MentionType.PERSON, "王之路来了", 0, 3)));
    }
}
