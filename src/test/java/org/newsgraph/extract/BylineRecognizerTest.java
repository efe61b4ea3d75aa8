package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.extract.Parts.show;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Section.Kind;

class BylineRecognizerTest {

    private final BylineRecognizer bylines = new BylineRecognizer(Parts.NAMES);

    private List<String> found(Article article) {
        return show(bylines.find(article, List.of()));
    }

    @Test
    void rolesAndPaddedNamesOfABylineWithCodePointSpans() {
        // 𠮷 lies outside the BMP: one code point, two UTF-16 units
        Article a = Parts.article(List.of(Kind.HEADLINE, Kind.BYLINE, Kind.BODY),
                List.of("𠮷祥物亮相博览会", "本报记者 李 静 通讯员 王志刚", "博览会昨日开幕。"));
        assertEquals(List.of("TITLE 本报记者 9-13", "PERSON 李 静 14-17", "TITLE 通讯员 18-21", "PERSON 王志刚 22-25"),
                found(a));
    }

    @Test
    void twoUnpaddedNamesSideBySideAreTwoPersons() {
        Article a = Parts.article(List.of(Kind.BYLINE, Kind.BODY), List.of("记者 赵凯 钱丽", "全市夏粮收购工作启动。"));
        assertEquals(List.of("PERSON 赵凯 3-5", "PERSON 钱丽 6-8"), show(bylines.find(a, List.of()), MentionType.PERSON));
    }

    @Test
    void aBracketedNameAtTheEndOfAParagraphIsItsAuthor() {
        String body = "市民可拨打热线咨询办理流程。（孙 悦）";
        assertEquals(List.of("PERSON 孙 悦 15-18"), found(Parts.article(body, Parts.QINGXU)));
    }

    @Test
    void bracketsThatHoldNoNamesAndCreditsOfOrganisationsGiveNoPerson() {
        assertEquals(List.of(), found(Parts.article("展览持续到月底。（图片由主办方提供）", Parts.QINGXU)));
        Article credit = Parts.article(List.of(Kind.BODY, Kind.BYLINE), List.of("演出在文化宫举行。", "市文旅局供稿"));
        assertEquals(List.of(), found(credit));
    }

    @Test
    void textOutsideBylinesIsLeftToTheOtherRecognisers() {
        assertEquals(List.of(), found(Parts.article("记者 周明 在现场看到，车辆有序通行。", Parts.QINGXU)));
    }
}
