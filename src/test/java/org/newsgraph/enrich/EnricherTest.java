package org.newsgraph.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.Store;

class EnricherTest {

    @TempDir
    Path tmp;

    private static List<String> pairs(Store store) {
        List<String> out = new ArrayList<>();
        store.select(CannedQueries.prepare("who-met-whom-summary", java.util.Map.of()), s -> out.add(
                s.getLiteral("personA").getString() + "–" + s.getLiteral("personB").getString() + " "
                        + s.getLiteral("events").getInt()));
        return out;
    }

    @Test
    void oneEventReportedInTwoArticlesIsOneEventAndOnePairWithBothSources() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("p1.txt"), "督导检查\n\n本报讯 10月7日，张新伟在清徐县督导检查防汛救灾工作。"
                + "市人大常委会副主任、清徐县委书记王剑峰参加。清徐县委组织部负责人参加。\n\n（刘 涛）\n");
        Files.writeString(pages.resolve("p2.txt"), "防汛\n\n本报讯 10月7日，市长张新伟来到清徐县督导检查。"
                + "县委书记王剑峰陪同。\n\n（丁 洁）\n");
        Files.writeString(pages.resolve("manifest.json"), "{\"publisher\":\"太原日报\",\"jurisdiction\":{\"code\":\"140100\"},"
                + "\"pages\":[{\"file\":\"p1.txt\",\"published\":\"2021-10-09\"},{\"file\":\"p2.txt\",\"published\":\"2021-10-09\"}]}");
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(pages), store, a -> { });
            Enricher.Result r = new Enricher().enrich(store);
            assertEquals(2, r.eventReports());
            assertEquals(1, r.canonicalEvents());
            assertEquals(List.of("张新伟–王剑峰 1"), pairs(store));
            boolean within = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().contains(
                    org.newsgraph.rdf.Iris.ENTITIES_GRAPH, org.newsgraph.rdf.Iris.organization("中共清徐县委员会组织部"),
                    org.newsgraph.rdf.Vocab.WITHIN_ORGANIZATION, org.newsgraph.rdf.Iris.organization("中共清徐县委员会")));
            assertTrue(within, "the organisation hierarchy was not derived");
            String first = Fixtures.sortedDataDump(store);
            new Enricher().enrich(store);
            assertEquals(first, Fixtures.sortedDataDump(store), "re-running the enrichment changed the store");
        }
    }

    @Test
    void aNameSharedByPeopleWithUnconnectedPostsIsSplitAndListedForReview() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("p1.txt"), "会议\n\n本报讯 10月7日，副市长李静出席推进会并讲话。\n\n（刘 涛）\n");
        Files.writeString(pages.resolve("p2.txt"), "调研\n\n本报讯 10月8日，太原理工大学教授李静在阳曲县调研。\n\n（丁 洁）\n");
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(1_000_000,
                    new org.newsgraph.model.Jurisdiction("140100", "")), List.of(pages), store, a -> { });
            Enricher.Result r = new Enricher().enrich(store);
            assertTrue(r.ambiguousNames().stream().anyMatch(n -> n.startsWith("140100/李静")), r.ambiguousNames().toString());
        }
    }

    @Test
    void aCallMakesContactButNotAMeetingAndNationalNewsIsNotPlacedInAnyCity() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("news.jsonl"), String.join("\n",
                "{\"id\":\"n1\",\"published\":\"2020-03-02\",\"text\":\"国家主席张明远今天应约同美国总统克林顿通电话。\"}",
                "{\"id\":\"n2\",\"published\":\"2020-05-02\",\"text\":\"国家主席张明远今天在人民大会堂会见了法国总统马克龙。\"}"));
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), List.of(in), store, a -> { });
            new Enricher().enrich(store);
            String dump = Fixtures.sortedDataDump(store);
            org.apache.jena.graph.Node zhang = org.apache.jena.graph.NodeFactory.createURI(
                    org.newsgraph.rdf.Iris.canonicalPerson("张明远").getURI());
            long met = dump.lines().filter(l -> l.contains("#metWith>")).count();
            long phoned = dump.lines().filter(l -> l.contains("#phonedWith>")).count();
            long contacted = dump.lines().filter(l -> l.contains("#contactedWith>")).count();
            assertEquals(2, met, "one meeting, both directions");
            assertEquals(2, phoned, "one call, both directions");
            assertEquals(4, contacted);
            assertTrue(dump.contains("<" + zhang.getURI() + ">"), "persons without a jurisdiction are keyed by name");
            assertTrue(dump.lines().noneMatch(l -> l.contains("140100")), "national news placed in 太原市");
        }
    }

    @Test
    void enrichingOnlyWhatAddedArticlesTouchGivesTheGraphsOfAFullRebuild() throws Exception {
        List<Path> pages = seedPages();
        String full = wholePass(pages, tmp.resolve("full"));
        try (Store store = Store.open(tmp.resolve("incremental"))) {
            Ingester ingester = new Ingester(Lexicons.bundled());
            ingester.ingest(new ArticleReader(), pages.subList(0, 2), store, a -> { });
            new Enricher().enrich(store);
            Ingester.Summary added = ingester.ingest(new ArticleReader(), pages.subList(2, pages.size()), store, a -> { });
            assertTrue(added.addedIds().size() > 10, added.addedIds().toString());
            Enricher.Result r = new Enricher().enrichAdded(store, added.addedIds(), 7);
            assertTrue(r.canonicalEvents() > 0 && r.pairs() > 0, r.toString());
            assertEquals(full, Fixtures.sortedDataDump(store), "the incremental pass differs from a full rebuild");
        }
    }

    @Test
    void aFirstLoadEnrichedInBatchesGivesTheGraphsOfOneWholePass() throws Exception {
        List<Path> pages = seedPages();
        String whole = wholePass(pages, tmp.resolve("whole"));
        try (Store store = Store.open(tmp.resolve("batches"))) {
            Ingester.Summary added = new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), pages, store, a -> { });
            Enricher.Result r = new Enricher().enrichAdded(store, added.addedIds(), 5);
            assertTrue(r.canonicalEvents() > 0 && r.pairs() > 0, r.toString());
            assertEquals(whole, Fixtures.sortedDataDump(store), "batches over a store never enriched differ from one pass");
        }
    }

    @Test
    void aBatchThatAddsAMeetingOfAPairUpdatesItsSummaryRow() throws Exception {
        Path first = meetingPage("first", "p1.txt", "本报讯 10月7日，张新伟在清徐县督导检查防汛救灾工作。"
                + "市人大常委会副主任、清徐县委书记王剑峰参加。", "2021-10-09");
        Path second = meetingPage("second", "p2.txt", "本报讯 11月3日，市长张新伟在清徐县调研乡村振兴工作。"
                + "县委书记王剑峰陪同。", "2021-11-05");
        try (Store store = Store.open(tmp.resolve("tdb2"))) {
            Ingester ingester = new Ingester(Lexicons.bundled());
            ingester.ingest(new ArticleReader(), List.of(first), store, a -> { });
            new Enricher().enrich(store);
            assertEquals(List.of("张新伟–王剑峰 1 2021-10-07 2021-10-07"), summary(store));
            Ingester.Summary added = ingester.ingest(new ArticleReader(), List.of(second), store, a -> { });
            new Enricher().enrichAdded(store, added.addedIds(), 10);
            assertEquals(List.of("张新伟–王剑峰 2 2021-10-07 2021-11-03"), summary(store));
            String rows = Fixtures.sortedDataDump(store).lines().filter(l -> l.contains("#summaryRow>"))
                    .reduce("", (a, b) -> a + b + "\n");
            assertEquals(1, rows.lines().count(), "the pair's old row was not replaced: " + rows);
        }
    }

    /** Each row of the summary: the two persons, the count, the first and the last date. */
    private static List<String> summary(Store store) {
        List<String> out = new ArrayList<>();
        store.select(CannedQueries.prepare("who-met-whom-summary", java.util.Map.of()), s -> out.add(
                s.getLiteral("personA").getString() + "–" + s.getLiteral("personB").getString() + " "
                        + s.getLiteral("events").getInt() + " " + s.getLiteral("first").getLexicalForm() + " "
                        + s.getLiteral("last").getLexicalForm()));
        return out;
    }

    /** A directory with one page of 太原日报 and its manifest. */
    private Path meetingPage(String dir, String file, String text, String published) throws Exception {
        Path pages = Files.createDirectories(tmp.resolve(dir));
        Files.writeString(pages.resolve(file), "会议\n\n" + text + "\n\n（刘 涛）\n");
        Files.writeString(pages.resolve("manifest.json"), "{\"publisher\":\"太原日报\",\"jurisdiction\":{\"code\":\"140100\"},"
                + "\"pages\":[{\"file\":\"" + file + "\",\"published\":\"" + published + "\"}]}");
        return pages;
    }

    private static List<Path> seedPages() throws Exception {
        try (var files = Files.list(Fixtures.SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The sorted dump of a store that ingested the pages and ran the whole enrichment pass. */
    private static String wholePass(List<Path> pages, Path dir) {
        try (Store store = Store.open(dir)) {
            new Ingester(Lexicons.bundled()).ingest(new ArticleReader(), pages, store, a -> { });
            new Enricher().enrich(store);
            return Fixtures.sortedDataDump(store);
        }
    }
}
