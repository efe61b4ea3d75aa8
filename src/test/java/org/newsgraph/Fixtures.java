package org.newsgraph;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.extract.Lexicons;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/** Shared test fixtures: one pipeline per test JVM (lexicons take a second to load) and the seed pages. */
public final class Fixtures {

    public static final Path SEEDS = Path.of("seeds");
    public static final Jurisdiction TAIYUAN = new Jurisdiction("140100", "太原市");

    private static Pipeline pipeline;

    private Fixtures() {
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(Lexicons.bundled());
        }
        return pipeline;
    }

    /** A one-paragraph article from Taiyuan Daily published on the given date. */
    public static Article article(String text, String published) {
        Span all = new Span(0, Text.length(text));
        return new Article("test-01", text, LocalDate.parse(published), false, "太原日报", TAIYUAN,
                new Article.Source("test", all, null), List.of(new Section(Section.Kind.BODY, all)));
    }

    public static Analysis analyse(String text, String published) {
        return pipeline().run(article(text, published));
    }

    /** The seed pages, split into articles, with the manifest's dates. */
    public static List<Article> seedArticles() {
        List<Article> out = new ArrayList<>();
        new ArticleReader().read(List.of(SEEDS), out::add, r -> {
            throw new AssertionError("seed rejected: " + r);
        });
        return out;
    }
}
