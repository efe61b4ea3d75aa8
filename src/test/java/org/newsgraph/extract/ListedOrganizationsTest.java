package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** Names listed before 等 and a kind of organisation (invented sentences). */
class ListedOrganizationsTest {

    private final ListedOrganizations rule = new ListedOrganizations(List.of(new String[] {"企业"}, new String[] {"高校"}));


    private List<String> shown(List<Token> tokens, Mention... mentions) {
        String text = String.join("", tokens.stream().map(Token::text).toList());
        return rule.retype(text, List.of(mentions), tokens).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void namesListedBeforeAKindOfOrganisationAreOrganisations() {
        // 红星、青松、金河等一批乡镇企业: 青松 read as a person, 金河 as a place
        List<Token> w = Words.of("红星/nz", "、/w", "青松/nr", "、/w", "金河/ns", "等/u", "一批/m", "乡镇企业/n");
        assertEquals(List.of("ORGANIZATION 红星", "ORGANIZATION 青松", "ORGANIZATION 金河"), shown(w,
                new Mention(new Span(3, 5), MentionType.PERSON, "青松", "test", 0.8),
                new Mention(new Span(6, 8), MentionType.PLACE, "金河", "test", 0.8)));
    }

    @Test
    void notBeforeAKindOfPlaceNorASingleName() {
        assertEquals(List.of(), shown(Words.of("红星/nz", "、/w", "青松/nz", "等/u", "城市/n")));
        assertEquals(List.of(), shown(Words.of("红星/nz", "等/u", "企业/n")));
        // a verb between 等 and the noun: the persons listed do something with the media
        assertEquals(List.of(), shown(Words.of("王明/nr", "、/w", "李强/nr", "等/u", "带着/v", "影片/n", "企业/n")));
        // the kind too far off, or across a comma
        assertEquals(List.of(), shown(Words.of("红星/nz", "、/w", "青松/nz", "等/u", "，/w", "企业/n")));
    }
}
