package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Reject;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.MentionType;

class CorpusGeneratorTest {

    @Test
    void sameSeedGivesByteIdenticalOutput(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        new CorpusGenerator(7).writeJsonLines(a, 60);
        new CorpusGenerator(7).writeJsonLines(b, 60);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(60, Files.readAllLines(a).size());

        new CorpusGenerator(7).writeDirectory(tmp.resolve("da"), 40);
        new CorpusGenerator(7).writeDirectory(tmp.resolve("db"), 40);
        List<Path> files = listFiles(tmp.resolve("da"));
        assertFalse(files.isEmpty());
        assertEquals(files.size(), listFiles(tmp.resolve("db")).size());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("da").resolve(f)),
                    Files.readAllBytes(tmp.resolve("db").resolve(f)), f.toString());
        }
    }

    @Test
    void differentSeedsDiffer(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        new CorpusGenerator(1).writeJsonLines(a, 30);
        new CorpusGenerator(2).writeJsonLines(b, 30);
        assertFalse(Files.readString(a).equals(Files.readString(b)));
    }

    @Test
    void pagesSplitIntoArticlesWithPersonsOfficialsAndEvents(@TempDir Path tmp) {
        CorpusGenerator.Stats stats = new CorpusGenerator(11).writeDirectory(tmp, 12);
        assertEquals(12, stats.articles());
        assertTrue(Files.isRegularFile(tmp.resolve("140100").resolve("manifest.json")));

        List<Reject> rejects = new ArrayList<>();
        List<Article> articles = new ArticleReader().readAll(List.of(tmp), rejects);
        assertTrue(rejects.isEmpty(), rejects.toString());
        assertEquals(12, articles.size(), "the splitter finds every generated article");
        assertTrue(articles.stream().allMatch(a -> a.published() != null && !a.dateInferred()));
        assertTrue(articles.stream().allMatch(a -> a.jurisdiction().code().equals("140100")));

        int persons = 0;
        int officials = 0;
        int events = 0;
        for (Article a : articles.subList(0, 8)) {
            Analysis an = Fixtures.pipeline().run(a);
            persons += an.mentionsOf(MentionType.PERSON).size();
            officials += an.officials().size();
            events += an.events().size();
        }
        assertTrue(persons >= 8, "persons found: " + persons);
        assertTrue(officials >= 4, "officials found: " + officials);
        assertTrue(events >= 4, "events found: " + events);
    }

    @Test
    void papersGrowWithTheCorpus() {
        CorpusGenerator g = new CorpusGenerator(3);
        assertEquals(1, g.papersFor(10));
        assertEquals(1, g.papersFor(1000));
        assertEquals(10, g.papersFor(10_000));
        List<String> papers = new ArrayList<>();
        g.pages(2_500, p -> {
            if (!papers.contains(p.jurisdiction().code())) {
                papers.add(p.jurisdiction().code());
            }
        });
        assertEquals(List.of("140100", "140200", "140300"), papers);
    }

    private static List<Path> listFiles(Path dir) throws Exception {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
