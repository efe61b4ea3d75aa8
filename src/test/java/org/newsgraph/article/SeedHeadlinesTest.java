package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.model.Article;

/** Every seed article's headline against the gold headlines of all 49 ({@code gold/seeds/headlines.tsv}). */
class SeedHeadlinesTest {

    private static Map<String, String> gold() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = SeedHeadlinesTest.class.getResourceAsStream("/gold/seeds/headlines.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t", 2);
                    out.put(f[0], f.length > 1 ? f[1] : "");
                }
            }
        }
        return out;
    }

    @Test
    void everySeedArticleHasItsGoldHeadline() throws IOException {
        Map<String, String> gold = gold();
        Map<String, String> found = new LinkedHashMap<>();
        for (Article a : Fixtures.seedArticles()) {
            found.put(a.id(), a.headline());
        }
        assertEquals(49, gold.size(), "gold headlines");
        assertEquals(gold.keySet(), found.keySet(), "the seed articles");
        gold.forEach((id, headline) -> assertEquals(headline, found.get(id), id));
    }

    @Test
    void aHeadlinePrintedAwayFromItsArticleIsNotGluedToAnother() {
        Map<String, String> found = new LinkedHashMap<>();
        Fixtures.seedArticles().forEach(a -> found.put(a.id(), a.headline()));
        assertEquals("督导检查防汛救灾工作 张新伟在清徐县", found.get("003_eef3012fc657f2a8-06"));
        assertEquals("党史学习教育领导小组印发《关于充分发挥基层党组织战斗堡垒作用和党员先锋模范作用 进一步深化党史学习教育"
                + "“我为群众办实事”实践活动的通知》", found.get("003_eef3012fc657f2a8-01"));
    }
}
