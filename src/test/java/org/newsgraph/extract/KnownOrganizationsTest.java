package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** Clubs, leagues, banks and companies known by a short name (invented sentences). */
class KnownOrganizationsTest {

    private final KnownOrganizations rule = new KnownOrganizations(List.of(new String[] {"热刺", "club"},
            new String[] {"尤文", "club"}, new String[] {"拜仁", "club"}, new String[] {"沙尔克04", "club"},
            new String[] {"切尔西", "club"}, new String[] {"三星", "company"}, new String[] {"联盟杯", "league"},
            new String[] {"苏超", "league"}),
            new ForeignNames(List.<String[]>of(new String[] {"克"}, new String[] {"林"}, new String[] {"顿"},
                    new String[] {"尤"}, new String[] {"斯"})));


    private static Mention person(String text, int start, int end) {
        return new Mention(new Span(start, end), MentionType.PERSON, text.substring(start, end), "test", 0.8);
    }

    private List<String> marked(List<Token> tokens, Mention... mentions) {
        String text = String.join("", tokens.stream().map(Token::text).toList());
        return rule.mark(text, List.of(mentions), tokens).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void anUnmarkedKnownNameIsAnOrganisation() {
        assertEquals(List.of("ORGANIZATION 热刺"), marked(Words.of("本轮/n", "热刺/nz", "主场/n", "取胜/v")));
    }

    @Test
    void notInsideAWordOfTheSegmenter() {
        assertEquals(List.of(), marked(Words.of("一家/m", "三星级/b", "酒店/n")));
    }

    @Test
    void aPersonThatIsPartOfTheNameOrStartsWithItIsTheOrganisation() {
        List<Token> w = Words.of("沙尔克/nr", "04/m", "客场/n", "取胜/v");
        assertEquals(List.of("ORGANIZATION 沙尔克04"), marked(w, person("沙尔克04客场取胜", 0, 3)));
        // 拜仁尤文: the person runs into the next known name
        List<Token> w2 = Words.of("看好/v", "拜仁尤/nr", "文/ng");
        assertEquals(List.of("ORGANIZATION 拜仁", "ORGANIZATION 尤文"), marked(w2, person("看好拜仁尤文", 2, 5)));
        // 热刺逼平: the person ran into a verb
        List<Token> w3 = Words.of("热刺逼/nr", "平/v", "对手/n");
        assertEquals(List.of("ORGANIZATION 热刺"), marked(w3, person("热刺逼平对手", 0, 3)));
    }

    @Test
    void notAPersonThatGoesOnAsAForeignNameNorAPlace() {
        String text = "切尔西·克林顿说";
        List<Token> w = Words.of("切尔西/nr", "·/w", "克林顿/nr", "说/v");
        assertEquals(List.of("PERSON 切尔西·克林顿"), marked(w, person(text, 0, 7)));
        Mention place = new Mention(new Span(0, 3), MentionType.PLACE, "切尔西", "test", 0.8);
        assertEquals(List.of("PLACE 切尔西"), marked(Words.of("切尔西/ns", "街头/n"), place));
    }

    @Test
    void anOrganisationCutShortIsTheWholeName() {
        Mention org = new Mention(new Span(1, 3), MentionType.ORGANIZATION, "联盟", "test", 0.8);
        assertEquals(List.of("ORGANIZATION 联盟杯"), marked(Words.of("在/p", "联盟/n", "杯/n", "中/f"), org));
    }

    @Test
    void aPersonTheTitleRuleFoundStays() {
        // 苏超研究员说: the researcher 苏超, not the Scottish league
        Mention p = new Mention(new Span(0, 2), MentionType.PERSON, "苏超", TitleRecognizer.METHOD, 0.8);
        assertEquals(List.of("PERSON 苏超"), marked(Words.of("苏超/nr", "研究员/n", "说/v"), p));
    }
}
