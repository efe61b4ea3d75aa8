package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.model.Article;
import org.newsgraph.model.Section;
import org.newsgraph.model.Text;

class PageSplitterTest {

    private static final List<Article> ARTICLES = Fixtures.seedArticles();

    private static Article byHeadline(String fragment) {
        return ARTICLES.stream().filter(a -> a.headline().contains(fragment) || Text.slice(a.text(),
                a.sections().get(0).span()).contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no article with headline " + fragment));
    }

    private static List<String> sections(Article a, Section.Kind kind) {
        return a.sections().stream().filter(s -> s.kind() == kind).map(s -> Text.slice(a.text(), s.span())).toList();
    }

    @Test
    void everyArticleIsItsSpanOfThePage() throws IOException {
        for (Article a : ARTICLES) {
            String page = new TextNormalizer().normalize(Files.readString(Path.of(a.source().file())));
            assertEquals(a.text(), Text.slice(page, a.source().pageSpan()), a.id());
            for (Section s : a.sections()) {
                assertTrue(s.span().end() <= Text.length(a.text()), a.id() + " " + s);
            }
        }
    }

    @Test
    void headlineDatelineBodyAndSpacedByline() {
        Article a = byHeadline("全力筑牢疫情防控安全防线");
        assertEquals(List.of("紧盯重点环节", "全力筑牢疫情防控安全防线"), sections(a, Section.Kind.HEADLINE).subList(1, 3));
        assertEquals(List.of("本报讯"), sections(a, Section.Kind.DATELINE));
        assertEquals(List.of("（刘 涛）"), sections(a, Section.Kind.BYLINE));
        assertTrue(sections(a, Section.Kind.BODY).get(0).startsWith("本报讯 10月27日下午，副市长陈博"));
    }

    @Test
    void historyBoxIsItsOwnArticleMarkedAsBox() {
        Article box = byHeadline("1938年10月28日");
        assertTrue(box.text().contains("中共太原历史上的今天"));
        assertTrue(sections(box, Section.Kind.BOX).contains("1938年10月28日"));
        assertTrue(sections(box, Section.Kind.BODY).isEmpty());
    }

    @Test
    void photoCaptionWithCreditIsAnArticleOfItsOwn() {
        Optional<Article> caption = ARTICLES.stream()
                .filter(a -> sections(a, Section.Kind.BYLINE).contains("记者 司 勇 通讯员 张太义 摄")).findFirst();
        assertTrue(caption.isPresent());
        assertEquals(1, sections(caption.get(), Section.Kind.CAPTION).size());
        assertTrue(sections(caption.get(), Section.Kind.CAPTION).get(0).contains("白天鹅"));
    }

    @Test
    void jumpLineClosesTheArticleAndTheNextHeadlineStartsANewOne() {
        Article next = byHeadline("韦韬在督导检查常态化核酸检测工作时强调");
        assertTrue(sections(next, Section.Kind.DATELINE).get(0).startsWith("本报讯(记者 殷雪青、梁涛)"));
        assertTrue(ARTICLES.stream().anyMatch(a -> a.text().endsWith("(下转第2版)")),
                "the article before ends with its jump line");
    }

    @Test
    void boldDatelinesAreTheLeadWithoutMarkup() {
        Article a = byHeadline("全力推进“一老一小”疫苗接种");
        assertEquals(List.of("本报讯"), sections(a, Section.Kind.DATELINE));
        assertTrue(sections(a, Section.Kind.BODY).get(0).startsWith("**本报讯** 12月20日"));
    }

    @Test
    void publicationDatesComeFromTheManifest() {
        assertEquals("2021-10-28", byHeadline("全力筑牢疫情防控安全防线").published().toString());
        assertTrue(ARTICLES.stream().noneMatch(Article::dateInferred));
    }
}
