package org.newsgraph.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.Fixtures;
import org.newsgraph.eval.ContactEvaluator;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Participant;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/** The examples written beside each construction in constructions.txt, run through the whole pipeline. */
class ConstructionExamplesTest {

    private static final List<Construction> CONSTRUCTIONS = ConstructionEngine.load(Lexicons.bundled());

    /** The pairs of people who take part in one event, as "A-B" with A before B (as the scorer pairs them). */
    static Set<String> pairs(Analysis a) {
        Set<String> out = new TreeSet<>();
        ContactEvaluator.pairs(a).forEach(p -> out.add(p.replace('|', '-')));
        return out;
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    /** What the constructions saw, for failure messages. */
    private static String items(Analysis a) {
        return sentence(a).encoded() + "\nevents: " + a.events();
    }

    /** The whole (one-sentence) article as items. */
    private static SentenceItems sentence(Analysis a) {
        ItemBuilder b = new ItemBuilder(Lexicons.bundled().rows("contact-words.tsv", 2),
                Lexicons.bundled().rows("titles.tsv", 1), Lexicons.bundled().rows("surnames.tsv", 1));
        String text = a.article().text();
        List<Mention> ms = new ArrayList<>(a.mentions());
        ms.sort((x, y) -> x.span().compareTo(y.span()));
        return b.build(text.codePoints().toArray(), new Span(0, Text.length(text)), ms, a.tokens(),
                b.uniqueBySurname(a.mentionsOf(org.newsgraph.model.MentionType.PERSON)), List.of());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsPairs() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Construction c : CONSTRUCTIONS) {
            int n = 0;
            for (Construction.Example ex : c.examples()) {
                String id = c.name() + "-" + ++n;
                tests.add(DynamicTest.dynamicTest(id + (ex.positive() ? " +" : " -"), () -> check(c, ex, id)));
            }
        }
        return tests.stream();
    }

    private static void check(Construction c, Construction.Example ex, String id) {
        Analysis a = Fixtures.pipeline().run(Fixtures.record(id, ex.sentence()));
        Set<String> expected = new TreeSet<>();
        ex.pairs().forEach(p -> {
            String[] ab = p.split("-");
            expected.add(pair(ab[0], ab[1]));
        });
        assertEquals(expected, pairs(a), () -> ex.sentence() + "\n" + items(a));
        if (ex.positive() && c.phase() == Construction.Phase.CONTACT) {
            ConstructionEngine engine = new ConstructionEngine(CONSTRUCTIONS, java.util.Map.of());
            assertTrue(engine.contacts(sentence(a)).stream().anyMatch(x -> x.construction().equals(c.name())),
                    () -> c.name() + " did not fire on " + ex.sentence() + "\n" + items(a));
        }
    }

    @Test
    void everyContactConstructionHasAPositiveExample() {
        for (Construction c : CONSTRUCTIONS) {
            if (c.phase() != Construction.Phase.CONTACT || c.name().equals("both-sides")
                    || c.name().equals("accompanying-meeting")) {
                continue;
            }
            assertTrue(c.examples().stream().anyMatch(Construction.Example::positive), c.name());
        }
    }

    @Test
    void participantsKeepTheirTitlesAsWritten() {
        Analysis a = Fixtures.pipeline().run(Fixtures.record("t", "国家主席张明远今天在人民大会堂会见了法国总统马克龙。"));
        Event e = a.events().get(0);
        assertEquals("meet-object", e.construction());
        assertEquals(List.of("张明远:host:国家主席", "马克龙:guest:法国总统"), e.participants().stream()
                .map(p -> p.person().text() + ":" + p.role().name().toLowerCase() + ":" + p.title()).toList());
        assertEquals("国家主席张明远今天在人民大会堂会见了法国总统马克龙。", Text.slice(a.article().text(), e.evidence()));
        assertFalse(e.participants().stream().map(Participant::person).anyMatch(p -> p.text().isEmpty()));
    }
}
