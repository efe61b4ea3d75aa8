package org.newsgraph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Store;

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

    /** A news record as JSON Lines brings it: one paragraph, no date, no publisher, no home jurisdiction. */
    public static Article record(String id, String text) {
        Span all = new Span(0, Text.length(text));
        return new Article(id, text, null, false, "", Jurisdiction.NONE,
                new Article.Source("test.jsonl", null, 1), List.of(new Section(Section.Kind.BODY, all)));
    }

    public static Analysis analyse(String text, String published) {
        return pipeline().run(article(text, published));
    }

    /**
     * The store's data as sorted N-Quads lines: everything but the runs log, which grows by one record
     * per run. Two stores hold the same data exactly when their dumps are equal.
     */
    public static String sortedDataDump(Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, store.datasetGraph(), Lang.NQUADS);
            return out.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.endsWith(" <" + Iris.RUNS_GRAPH.getURI() + "> ."))
                    .sorted().collect(Collectors.joining("\n"));
        });
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
