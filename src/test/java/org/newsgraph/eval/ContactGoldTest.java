package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;

/**
 * Who-met-whom pairs against the contact gold (src/test/resources/gold/contacts, annotated from People's
 * Daily, CLUENER and THUCNews sentences; tools/contact-gold/ANNOTATION.md). The floors sit a little under
 * the figures measured when they were set (README "Who met whom"); a change that loses pairs fails here.
 * The held-out part is never used to write or tune rules.
 */
class ContactGoldTest {

    private static ContactEvaluator.Report score(String part) throws Exception {
        List<ContactEvaluator.GoldRecord> gold = ContactEvaluator.read(
                Path.of("src/test/resources/gold/contacts/" + part + ".jsonl"));
        return ContactEvaluator.evaluate(gold, Fixtures.pipeline()::run);
    }

    private static void assertFloor(String part, double precision, double recall) throws Exception {
        ContactEvaluator.Report r = score(part);
        assertTrue(r.precision() >= precision, r.table());
        assertTrue(r.recall() >= recall, r.table());
    }

    @Test
    void heldOutPairsStayAboveTheFloor() throws Exception {
        assertFloor("heldout", 0.96, 0.76);
    }

    @Test
    void developmentPairsStayAboveTheFloor() throws Exception {
        assertFloor("dev", 0.95, 0.85);
    }

    /**
     * The second dev set (tools/contact-gold/dev2): contacts told as narrative, mostly without a meeting
     * verb, and many hard negatives. Recall there is low; precision must hold.
     */
    @Test
    void narrativeContactsKeepTheirPrecision() throws Exception {
        assertFloor("dev2", 0.92, 0.20);
    }

    /**
     * The third dev set (tools/contact-gold/dev3): narrative contacts without a meeting verb (找到, 身边的,
     * 给乙讲解, 接到乙的电话, 嫁给) and hard negatives worded like contacts (联袂的史诗, 从乙手中接过职务, 差点走到一起).
     */
    @Test
    void narrativeContactsWithoutMeetingVerbsKeepTheirPrecision() throws Exception {
        assertFloor("dev3", 0.95, 0.50);
    }

    /**
     * The fourth dev set (tools/contact-gold/dev4): modern national and local reports written for it (分别会见 …
     * 参加上述会见, co-hosts with unnamed guests, 林郑月娥, 汪洋, 通伦·西苏里; Uyghur names, 甲在…会议上强调).
     */
    @Test
    void modernReportsStayAboveTheFloor() throws Exception {
        assertFloor("dev4", 0.97, 0.90);
    }

    /** The second held-out set (tools/contact-gold/heldout2): modern reports, never used to write or tune a rule. */
    @Test
    void modernHeldOutPairsStayAboveTheFloor() throws Exception {
        assertFloor("heldout2", 0.91, 0.75);
    }

    /**
     * The fifth and sixth dev sets (tools/contact-gold/dev5, dev6): reports of 1990s–2020s papers written in
     * session 26 (chairs and speakers in later sentences, witnesses, companions after a comma, 两国元首 for the
     * two named before); rules were tuned on them afterwards.
     */
    @Test
    void reportsOfManyPapersStayAboveTheFloor() throws Exception {
        assertFloor("dev5", 0.94, 0.76);
        assertFloor("dev6", 0.89, 0.72);
    }

    /** The third held-out set (tools/contact-gold/dev5, its last third): never used to write or tune a rule. */
    @Test
    void thirdHeldOutPairsStayAboveTheFloor() throws Exception {
        assertFloor("heldout3", 0.81, 0.61);
    }

    @Test
    void hardNegativesGiveAlmostNoPairs() throws Exception {
        List<ContactEvaluator.GoldRecord> negatives = ContactEvaluator.read(
                Path.of("src/test/resources/gold/contacts/heldout.jsonl")).stream()
                .filter(g -> g.pairs().isEmpty()).toList();
        ContactEvaluator.Report r = ContactEvaluator.evaluate(negatives, Fixtures.pipeline()::run);
        assertTrue(negatives.size() >= 50, "held-out negatives: " + negatives.size());
        assertTrue(r.falsePositives() <= negatives.size() / 10, r.errors().toString());
    }
}
