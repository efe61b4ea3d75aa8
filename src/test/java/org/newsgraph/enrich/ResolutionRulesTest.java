package org.newsgraph.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.enrich.EventMerging.MergedEvent;
import org.newsgraph.enrich.EventMerging.Report;
import org.newsgraph.enrich.MeetingPairs.Meeting;
import org.newsgraph.enrich.MeetingPairs.Pair;
import org.newsgraph.enrich.PersonResolution.ArticlePerson;
import org.newsgraph.enrich.PersonResolution.CanonicalPerson;

/** The cross-article rules on plain records, without a store. */
class ResolutionRulesTest {

    private static ArticlePerson person(String article, String key, String... orgs) {
        return new ArticlePerson("p:" + article + "/" + key, article, key, key, Set.of(orgs));
    }

    @Test
    void sameKeyWithSharedOrAbsentPostsIsOnePerson() {
        PersonResolution.Result r = PersonResolution.resolve(List.of(
                person("a1", "张三@140100", "市委"), person("a2", "张三@140100"), person("a3", "张三@140100", "市委", "市政府"),
                person("a1", "李四@140100")));
        assertEquals(List.of("张三@140100", "李四@140100").stream().sorted().toList(),
                r.persons().stream().map(CanonicalPerson::id).toList());
        CanonicalPerson zhang = r.persons().stream().filter(c -> c.key().startsWith("张三")).findFirst().orElseThrow();
        assertEquals(3, zhang.members().size());
        assertFalse(zhang.ambiguous());
        assertTrue(r.ambiguousNames().isEmpty());
    }

    @Test
    void unconnectedPostsSplitTheKeyAndPostlessMentionsStandAlone() {
        PersonResolution.Result r = PersonResolution.resolve(List.of(
                person("a1", "王五", "甲厂"), person("a2", "王五", "乙校"), person("a3", "王五")));
        assertEquals(List.of("王五#1", "王五#2", "王五#a3"), r.persons().stream().map(CanonicalPerson::id).toList());
        assertTrue(r.persons().stream().allMatch(CanonicalPerson::ambiguous));
        assertEquals(List.of("王五 (2 people with unconnected posts)"), r.ambiguousNames());
        Map<String, String> canonicalOf = PersonResolution.canonicalOf(r, id -> "c:" + id);
        assertEquals("c:王五#a3", canonicalOf.get("p:a3/王五"));
    }

    @Test
    void aThirdPostJoinsTwoClustersIntoOnePerson() {
        PersonResolution.Result r = PersonResolution.resolve(List.of(
                person("a1", "赵六", "甲"), person("a2", "赵六", "乙"), person("a3", "赵六", "甲", "乙")));
        assertEquals(1, r.persons().size());
        assertEquals(3, r.persons().get(0).members().size());
    }

    private static Report report(String event, String type, String date, String... who) {
        TreeMap<String, String> participants = new TreeMap<>();
        for (String w : who) {
            participants.put(w, "role:participant");
        }
        return new Report(event, type, date, null, participants);
    }

    @Test
    void reportsOfOneTypeAndDateSharingACanonicalParticipantMerge() {
        Map<String, String> canonicalOf = Map.of("a1/张", "c:张", "a2/张", "c:张");
        List<MergedEvent> events = EventMerging.merge(List.of(
                report("e1", "meeting", "2023-05-01", "a1/张", "a1/李"),
                report("e2", "meeting", "2023-05-01", "a2/张"),
                report("e3", "meeting", "2023-05-02", "a2/张"),
                report("e4", "inspection", "2023-05-01", "a2/张"),
                report("e5", "meeting", "", "a1/张")), canonicalOf);
        assertEquals(List.of(List.of("e1", "e2"), List.of("e3"), List.of("e4"), List.of("e5")),
                events.stream().map(e -> e.reports().stream().map(Report::event).toList()).toList());
        assertEquals(new TreeSet<>(List.of("a1/李", "c:张")), events.get(0).people(canonicalOf));
    }

    @Test
    void everyTwoParticipantsOfAnEventArePairedAndCallsAreNotMeetings() {
        List<Pair> pairs = MeetingPairs.pairs(List.of(
                new Meeting("ev1", "2023-05-01", false, new TreeSet<>(List.of("a", "b", "c"))),
                new Meeting("ev2", "2023-06-01", true, new TreeSet<>(List.of("b", "a"))),
                new Meeting("ev3", "", true, new TreeSet<>(List.of("c", "d"))),
                new Meeting("ev4", "2023-07-01", false, new TreeSet<>(List.of("d")))));
        assertEquals(List.of("a b", "a c", "b c", "c d"), pairs.stream().map(p -> p.a() + " " + p.b()).toList());
        Pair ab = pairs.get(0);
        assertEquals(List.of("ev1", "ev2"), List.copyOf(ab.events()));
        assertEquals("2023-05-01", ab.dates().first());
        assertEquals("2023-06-01", ab.dates().last());
        assertTrue(ab.faceToFace() && ab.byPhone());
        Pair cd = pairs.get(3);
        assertFalse(cd.faceToFace());
        assertTrue(cd.byPhone());
        assertTrue(cd.dates().isEmpty());
    }
}
