package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.lexicon.TitleLexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** Names after a role word: the role's last character read into the name, names in Latin letters (invented sentences). */
class RoleNamesTest {

    private final RoleNames rule = new RoleNames(List.of(new String[] {"分析师"}, new String[] {"导演"},
            new String[] {"创始人"}), new TitleLexicon(List.<String[]>of(new String[] {"副总裁", "business", ""})),
            List.of("周明", "钱立", "周明说")::contains, new ForeignNames(List.<String[]>of(new String[] {"雅"},
            new String[] {"凯"}, new String[] {"安"}, new String[] {"普"}, new String[] {"京"}, new String[] {"德"},
            new String[] {"国"})), Set.of("德国")::contains);

    private static Mention mention(MentionType type, String text, int start, int end) {
        return new Mention(new Span(start, end), type, text.substring(start, end), "test", 0.8);
    }

    private static Mention person(String text, int start, int end) {
        return mention(MentionType.PERSON, text, start, end);
    }

    private static Mention place(String text, int start, int end) {
        return mention(MentionType.PLACE, text, start, end);
    }

    /** The texts of the mentions of one type after the repair. */
    private List<String> repaired(MentionType type, String text, Mention... mentions) {
        return rule.repair(text, List.of(mentions), List.of()).stream().filter(m -> m.type() == type)
                .map(Mention::text).toList();
    }

    private List<String> persons(String text, Mention... mentions) {
        return repaired(MentionType.PERSON, text, mentions);
    }

    private List<String> places(String text, Mention... mentions) {
        return repaired(MentionType.PLACE, text, mentions);
    }

    @Test
    void aTransliteratedPlaceRightAfterAPostIsItsHolder() {
        String text = "副总裁普京表示";
        assertEquals(List.of("普京"), persons(text, place(text, 3, 5)));
    }

    @Test
    void aKnownPlaceOrOneWithOtherCharactersOrNotAfterAPostStaysAPlace() {
        String known = "副总裁德国之行";
        assertEquals(List.of("德国"), places(known, place(known, 3, 5)));
        String han = "副总裁北京表示";
        assertEquals(List.of("北京"), places(han, place(han, 3, 5)));
        String noPost = "来到普京表示";
        assertEquals(List.of("普京"), places(noPost, place(noPost, 2, 4)));
    }

    @Test
    void aNameThatStartsOnTheRolesLastCharacterStartsAfterIt() {
        String text = "证券分析师周明认为";
        assertEquals(List.of("周明"), persons(text, person(text, 4, 7)));
    }

    @Test
    void notWhenWhatIsLeftIsNoNameOrTooShort() {
        String text = "证券分析师周国认为";
        assertEquals(List.of("师周国"), persons(text, person(text, 4, 7)));
        String shortOne = "分析师周说";
        assertEquals(List.of("师周"), persons(shortOne, person(shortOne, 2, 4)));
        // a name that starts on 师 with no role before it keeps it
        String noRole = "老师钱立说";
        assertEquals(List.of("师钱立"), persons(noRole, person(noRole, 1, 4)));
    }

    @Test
    void aLatinNameAfterARoleOrATitleIsAPerson() {
        assertEquals(List.of("Tom"), persons("电影导演Tom宣布开拍"));
        assertEquals(List.of("Anna Berg"), persons("公司副总裁Anna Berg表示"));
        assertEquals(List.of("McKay"), persons("游戏创始人McKay辞世"));
    }

    @Test
    void notCapitalsNorLowerCaseNorWithoutARole() {
        assertEquals(List.of(), persons("公司副总裁CEO表示"));
        assertEquals(List.of(), persons("导演iPhone拍摄"));
        assertEquals(List.of(), persons("他说Tom来了"));
        // a mention already there stays alone
        String text = "导演Tom宣布";
        Mention org = new Mention(new Span(2, 5), MentionType.ORGANIZATION, "Tom", "test", 0.8);
        assertEquals(List.of(org), rule.repair(text, List.of(org), List.of()));
    }

    private List<String> personsWithWords(String... pieces) {
        List<Token> tokens = Words.of(pieces);
        String text = String.join("", tokens.stream().map(Token::text).toList());
        return rule.repair(text, List.of(), tokens).stream().map(Mention::text).toList();
    }

    @Test
    void aTransliteratedNameAfterARoleIsAPerson() {
        // 球队导演雅凯：…, the segmenter reading each character alone
        assertEquals(List.of("雅凯"), personsWithWords("球队/n", "导演/n", "雅/ag", "凯/ng", "：/w"));
    }

    @Test
    void notOneCharacterNorAWordThatGoesOnWithOtherCharacters() {
        // 导演安排: 安 alone, 排 is no transliteration
        assertEquals(List.of(), personsWithWords("导演/n", "安/v", "排/v"));
        // 导演雅凯安好: the run must end where a word ends
        assertEquals(List.of(), personsWithWords("导演/n", "雅凯安好/i"));
    }

    @Test
    void aPostAndATransliteratedHolderReadIntoAnOrganisationAreATitleAndAPerson() {
        String text = "德国副总裁安普凯出席。";
        Mention org = mention(MentionType.ORGANIZATION, text, 0, 8);
        assertEquals(List.of("安普凯"), repaired(MentionType.PERSON, text, org));
        assertEquals(List.of("德国"), repaired(MentionType.PLACE, text, org));
        String plain = "德国副总裁办公室发布消息。";
        assertEquals(List.of("德国副总裁办公室"),
                repaired(MentionType.ORGANIZATION, plain, mention(MentionType.ORGANIZATION, plain, 0, 8)));
    }
}
