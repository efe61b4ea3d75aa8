package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Jurisdiction;

class ArticleReaderTest {

    private static final String PAGE = "政务之要\n\n会议召开\n\n本报讯 12月20日，我市召开全市疫苗接种工作推进会。副市长陈博出席并讲话。\n\n（魏 薇）\n";

    @TempDir
    Path dir;

    private List<Article> articles = new ArrayList<>();
    private List<Reject> rejects = new ArrayList<>();

    private void read(Path... inputs) {
        new ArticleReader(1_000_000, new Jurisdiction("140100", "")).read(List.of(inputs), articles::add, rejects::add);
    }

    @Test
    void badFilesAreRejectedByNameAndTheBatchGoesOn() throws IOException {
        Path good = Files.writeString(dir.resolve("a-good.txt"), PAGE);
        Path latin1 = Files.write(dir.resolve("b-latin1.txt"), "Café résumé, naïve façade".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = Files.write(dir.resolve("c-empty.txt"), new byte[0]);
        Path binary = Files.write(dir.resolve("d-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0});
        Path huge = Files.write(dir.resolve("e-huge.txt"), new byte[1_000_001]);
        read(good, latin1, empty, binary, huge, dir.resolve("missing.txt"));

        assertEquals(1, articles.size());
        assertEquals("a-good-01", articles.get(0).id());
        assertEquals(5, rejects.size(), rejects.toString());
        assertTrue(rejects.get(0).record().endsWith("b-latin1.txt") && rejects.get(0).reason().contains("encoding"));
        assertTrue(rejects.get(1).reason().contains("empty"));
        assertTrue(rejects.get(2).reason().contains("binary"));
        assertTrue(rejects.get(3).reason().contains("above the limit"));
        assertTrue(rejects.get(4).reason().contains("no such file"));
    }

    @Test
    void jsonLinesRecordsAreArticlesAndMalformedLinesAreReportedWithTheirLineNumber() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\":\"r1\",\"text\":\"副市长陈博出席。\",\"published\":\"2021-12-21\"}",
                "{\"id\":\"r2\",\"text\":",
                "{\"id\":\"r3\",\"text\":\"\"}",
                "[1,2]",
                "{\"id\":\"r5\",\"text\":\"昨日，韦韬督导检查。\",\"published\":\"not a date\"}",
                "{\"id\":\"r6\",\"text\":\"昨日，韦韬督导检查。\",\"jurisdiction\":\"140100\"}"), StandardCharsets.UTF_8);
        read(jsonl);

        assertEquals(List.of("r1", "r6"), articles.stream().map(Article::id).toList());
        assertEquals(List.of(jsonl + ":2", jsonl + ":3", jsonl + ":4", jsonl + ":5"),
                rejects.stream().map(Reject::record).toList());
        assertTrue(rejects.get(0).reason().startsWith("malformed JSON"));
        assertFalse(articles.get(0).dateInferred());
        assertTrue(articles.get(1).dateInferred());
    }

    @Test
    void gbkPagesAreConvertedTraditionalCharactersAndFullWidthDigitsNormalised() throws IOException {
        Path gbk = Files.write(dir.resolve("gbk.txt"), PAGE.getBytes(Charset.forName("GBK")));
        Path big5ish = Files.writeString(dir.resolve("trad.txt"),
                "會議\n\n本報訊 １２月２０日，我市召開全市疫苗接種工作推進會。副市長陳博出席並講話。\n\n（魏 薇）\n");
        read(gbk, big5ish);
        assertEquals(List.of(), rejects);
        assertEquals(PAGE.strip(), String.join("\n\n", articles.stream().filter(a -> a.id().startsWith("gbk"))
                .map(Article::text).toList()).strip());
        assertTrue(articles.stream().anyMatch(a -> a.text().contains("本报讯 12月20日，我市召开全市疫苗接种工作推进会。副市长陈博出席并讲话。")),
                articles.toString());
    }

    @Test
    void withoutManifestThePublicationDateIsInferredAndMarked() throws IOException {
        Files.writeString(dir.resolve("page.txt"), "2021年工作\n\n" + PAGE);
        read(dir);
        assertEquals(1, articles.size());
        assertEquals("2021-12-21", articles.get(0).published().toString());
        assertTrue(articles.get(0).dateInferred());
    }
}
