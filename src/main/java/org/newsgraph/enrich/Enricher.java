package org.newsgraph.enrich;

import static org.newsgraph.enrich.EnrichmentGraphs.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.enrich.EventMerging.MergedEvent;
import org.newsgraph.enrich.EventMerging.Report;
import org.newsgraph.enrich.MeetingPairs.Meeting;
import org.newsgraph.enrich.MeetingPairs.Pair;
import org.newsgraph.enrich.PersonResolution.ArticlePerson;
import org.newsgraph.enrich.PersonResolution.CanonicalPerson;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Store;

/**
 * The enrichment pass: it reads the article graphs, applies the cross-article rules — {@link PersonResolution},
 * {@link EventMerging}, {@link MeetingPairs}, pure functions over plain records — and writes their results
 * as the entities and who-met-whom graphs, together with the organisation hierarchy:
 * {@code ng:withinOrganization}, the transitive closure of {@code org:subOrganizationOf}
 * (中共太原市委员会组织部 lies within 中共太原市委员会 and so on up). {@link #enrich} rebuilds everything
 * from scratch; {@link #enrichAdded} redoes only what newly added articles touch, with the same result.
 */
public final class Enricher {

    /** What one run produced (for an incremental run: what it redid). */
    public record Result(int articlePersons, int canonicalPersons, List<String> ambiguousNames, int eventReports,
                         int canonicalEvents, int pairs) {
    }

    /** Reads the article graphs and replaces both enrichment graphs, all in one write transaction. */
    public Result enrich(Store store) {
        return store.write(() -> {
            List<ArticlePerson> persons = readPersons(store::select, "");
            List<Report> reports = readEvents(store::select, ALL_EVENTS);
            Graph entities = GraphFactory.createDefaultGraph();
            Graph metWith = GraphFactory.createDefaultGraph();
            PersonResolution.Result resolved = PersonResolution.resolve(persons);
            resolved.persons().forEach(c -> writePerson(c, entities));
            Map<String, String> canonicalOf =
                    PersonResolution.canonicalOf(resolved, id -> Iris.canonicalPerson(id).getURI());
            List<MergedEvent> events = EventMerging.merge(reports, canonicalOf);
            List<Meeting> meetings = new ArrayList<>();
            for (MergedEvent ev : events) {
                meetings.add(writeEvent(ev, canonicalOf, entities));
            }
            List<Pair> pairs = MeetingPairs.pairs(meetings);
            Map<String, String> labels = labels(resolved.persons());
            pairs.forEach(p -> writePair(p, labels, metWith));
            writeOrganizationHierarchy(store, entities);
            store.replaceGraphInTransaction(Iris.ENTITIES_GRAPH, entities);
            store.deleteInTransaction(Iris.MET_WITH_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            addMetWith(store, metWith);
            return new Result(persons.size(), (int) canonicalOf.values().stream().distinct().count(),
                    resolved.ambiguousNames(), reports.size(), events.size(), pairs.size());
        });
    }

    /**
     * After articles were added to an enriched store (none replaced or removed): re-resolves only the
     * person keys of those articles, re-merges only the days and types of events they or those persons
     * took part in, and recomputes only the pairs of the people of those events, in batches of
     * {@code batchSize} articles, one write transaction each. The graphs end up as {@link #enrich} would
     * write them; memory is bounded by what a batch touches, not by the archive.
     */
    public Result enrichAdded(Store store, Collection<String> articleIds, int batchSize) {
        List<String> ids = new ArrayList<>(articleIds);
        Result total = new Result(0, 0, List.of(), 0, 0, 0);
        for (int from = 0; from < ids.size(); from += batchSize) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
            Result r = store.write(() -> new IncrementalPass(store).run(batch));
            List<String> ambiguous = new ArrayList<>(total.ambiguousNames());
            ambiguous.addAll(r.ambiguousNames());
            total = new Result(total.articlePersons() + r.articlePersons(), total.canonicalPersons() + r.canonicalPersons(),
                    ambiguous, total.eventReports() + r.eventReports(), total.canonicalEvents() + r.canonicalEvents(),
                    total.pairs() + r.pairs());
        }
        return total;
    }

    /** Canonical person IRI to label. */
    static Map<String, String> labels(List<CanonicalPerson> persons) {
        Map<String, String> out = new TreeMap<>();
        persons.forEach(c -> out.put(Iris.canonicalPerson(c.id()).getURI(), c.label()));
        return out;
    }
}
