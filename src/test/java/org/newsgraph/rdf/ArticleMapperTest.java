package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.model.Article;

class ArticleMapperTest {

    private static final ArticleMapper MAPPER = new ArticleMapper(Gazetteer.load(Lexicons.bundled()),
            Ingester.PIPELINE_VERSION);
    private static final ShapeGate GATE = ShapeGate.bundled();

    private static String sortedNTriples(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }

    @Test
    void mappingIsDeterministicByteForByteAfterSorting() {
        Article a = Fixtures.seedArticles().get(0);
        String first = sortedNTriples(MAPPER.map(Fixtures.pipeline().run(a)).article());
        String second = sortedNTriples(MAPPER.map(Fixtures.pipeline().run(a)).article());
        assertEquals(first, second);
        assertTrue(first.contains("https://w3id.org/newsgraph/id/article/000_3a58ff20b968069e-01"));
    }

    @Test
    void everySeedArticleGraphConformsToTheShapes() {
        for (Article a : Fixtures.seedArticles()) {
            ArticleMapper.Mapped m = MAPPER.map(Fixtures.pipeline().run(a));
            assertEquals(List.of(), GATE.violations(m.article()), a.id());
        }
    }

    @Test
    void aBrokenGraphIsReportedReadably() {
        ArticleMapper.Mapped m = MAPPER.map(Fixtures.pipeline().run(Fixtures.seedArticles().get(0)));
        Graph g = m.article();
        Node mention = g.find(Node.ANY, Vocab.MENTION_RECORD, Node.ANY).next().getSubject();
        g.add(Triple.create(mention, Vocab.MENTION_RECORD, NodeFactory.createLiteralString("20-23-PERSON title-rule very")));
        List<String> violations = GATE.violations(g);
        assertFalse(violations.isEmpty());
        assertTrue(violations.get(0).contains(mention.getURI()), violations.toString());
    }

    @Test
    void divisionsComeWithTheirHierarchy() {
        Article a = Fixtures.article("10月7日，张新伟在清徐县督导检查防汛救灾工作。", "2021-10-09");
        Graph ref = MAPPER.map(Fixtures.pipeline().run(a)).reference();
        Node qingxu = Iris.division("140121");
        assertTrue(ref.contains(qingxu, Vocab.CONTAINED_IN, Iris.division("140100")));
        assertTrue(ref.contains(Iris.division("140100"), Vocab.CONTAINED_IN, Iris.division("140000")));
    }

    @Test
    void eventsCarryTheirConstructionEvidenceSentenceAndTitlesAndDistributedMeetingsStayApart() {
        Article a = Fixtures.record("r1", "据新华社北京5月3日电 国务院总理李国强3日在北京分别会见了日本首相桥本龙太郎和韩国总统金大中。");
        ArticleMapper.Mapped m = MAPPER.map(Fixtures.pipeline().run(a));
        Graph g = m.article();
        List<Node> events = g.find(Node.ANY, Vocab.CONSTRUCTION, NodeFactory.createLiteralString("meet-object"))
                .mapWith(Triple::getSubject).toList();
        assertEquals(2, events.size(), sortedNTriples(g));
        for (Node e : events) {
            String record = g.find(e, Vocab.MENTION_RECORD, Node.ANY).next().getObject().getLiteralLexicalForm();
            String sentence = record.split("[, ]")[1];
            int from = Integer.parseInt(sentence.split("-")[0]);
            int to = Integer.parseInt(sentence.split("-")[1]);
            assertTrue(sentence.endsWith("-SENTENCE") && record.endsWith(" event-rules 0.8"), record);
            assertTrue(a.text().substring(from, to).contains("分别会见了日本首相桥本龙太郎和韩国总统金大中"), record);
        }
        assertTrue(g.contains(Node.ANY, Vocab.TITLE_AS_WRITTEN, NodeFactory.createLiteralString("日本首相")));
        assertEquals(List.of(), GATE.violations(g));
    }
}
