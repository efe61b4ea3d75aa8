package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Jurisdiction;

class ArticleMetaTest {

    private static final Jurisdiction HOME = new Jurisdiction("140100", "太原市");

    private static JsonNode json(String s) throws Exception {
        return new ObjectMapper().readTree(s);
    }

    @Test
    void aGivenDateIsNotInferredAndATimeAfterItIsIgnored() throws Exception {
        ArticleMeta m = ArticleMeta.parse(json("{\"published\": \"2021-10-28T08:30:00+08:00\", \"publisher\": \"太原日报\"}"),
                "record 1", HOME);
        assertEquals(LocalDate.of(2021, 10, 28), m.published());
        assertFalse(m.publishedInferred());
        assertEquals("太原日报", m.publisher());
        assertEquals(HOME, m.jurisdiction(), "no jurisdiction in the record: the fallback");
    }

    @Test
    void aMissingDateIsInferredOnlyWhenMissing() throws Exception {
        ArticleMeta m = ArticleMeta.parse(json("{}"), "record 2", Jurisdiction.NONE);
        assertNull(m.published());
        assertTrue(m.publishedInferred());
        assertEquals(LocalDate.of(2022, 1, 1), m.withInferredDate(LocalDate.of(2022, 1, 1)).published());
    }

    @Test
    void jurisdictionsAreCodesNamesOrBoth() throws Exception {
        assertEquals(new Jurisdiction("140100", ""), ArticleMeta.parse(json("{\"jurisdiction\": \"140100\"}"), "r", HOME).jurisdiction());
        assertEquals(new Jurisdiction("", "太原市"), ArticleMeta.parse(json("{\"jurisdiction\": \"太原市\"}"), "r", HOME).jurisdiction());
        assertEquals(new Jurisdiction("140100", "太原市"), ArticleMeta.parse(
                json("{\"jurisdiction\": {\"code\": \"140100\", \"name\": \"太原市\"}}"), "r", Jurisdiction.NONE).jurisdiction());
    }

    @Test
    void aBadDateNamesTheRecord() throws Exception {
        ArticleMeta.BadField e = assertThrows(ArticleMeta.BadField.class,
                () -> ArticleMeta.parse(json("{\"published\": \"28.10.2021\"}"), "record 7", HOME));
        assertEquals("record 7: \"published\" is not an ISO date: 28.10.2021", e.getMessage());
    }
}
