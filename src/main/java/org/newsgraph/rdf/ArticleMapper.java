package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Division;
import org.newsgraph.model.DivisionHierarchy;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Names;
import org.newsgraph.model.Official;
import org.newsgraph.model.Organization;
import org.newsgraph.model.Participant;
import org.newsgraph.model.Place;
import org.newsgraph.model.Post;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;

/**
 * Maps one article's analysis to RDF: the article graph (article, NIF mentions, persons, memberships,
 * events, figures, each fact with its provenance) and the reference triples it relies on (divisions with
 * their hierarchy, canonical organisations). IRIs are deterministic; see {@link Iris}.
 */
public final class ArticleMapper {

    /** The two graphs produced for one article. */
    public record Mapped(Node graphName, Graph article, Graph reference, String contentHash) {
    }

    private static final String EVENT_METHOD = "event-rules";

    /**
     * The shape of the article graphs this mapper writes, part of the content hash so that a store written
     * in an earlier shape is re-mapped article by article on the next ingest. 2: mention provenance as one
     * {@code ng:mention} literal per mention (issue 13).
     */
    public static final String GRAPH_SHAPE = "graph-shape-2";

    private final DivisionHierarchy divisions;
    private final String pipelineVersion;

    /**
     * @param pipelineVersion goes into the content hash, so that a new extractor re-extracts unchanged text
     */
    public ArticleMapper(DivisionHierarchy divisions, String pipelineVersion) {
        this.divisions = divisions;
        this.pipelineVersion = pipelineVersion;
    }

    /**
     * The hash stored with an article: everything the article graph is made from — the text, its
     * structure and source, date, jurisdiction, publisher — and the versions of the pipeline, model and
     * lexicons that made it. Equal hashes mean re-extraction would give the same graph.
     */
    public String contentHash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join("\u0000", pipelineVersion, GRAPH_SHAPE, String.valueOf(a.published()),
                    String.valueOf(a.dateInferred()), a.jurisdiction().code(), a.publisher(), a.source().toString(),
                    a.sections().toString(), a.text()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Mapped map(Analysis an) {
        Article a = an.article();
        Graph g = GraphFactory.createDefaultGraph();
        Graph ref = GraphFactory.createDefaultGraph();
        Node article = Iris.article(a.id());
        String hash = contentHash(a);
        mapArticle(g, ref, a, article, hash);
        Map<Mention, Node> holders = mapPersons(g, a, an.mentions());
        mapEntities(g, ref, an, a, holders);
        mapOfficials(g, ref, a, an.officials());
        mapFigures(g, a, an.figures(), holders);
        for (Mention m : an.mentions()) {
            add(g, holders.getOrDefault(m, article), MENTION_RECORD,
                    str(MentionRecord.of(List.of(MentionRecord.span(m)), m.method(), m.confidence())));
        }
        Map<Span, Integer> seen = new HashMap<>();
        for (Event e : an.events()) {
            // 分别会见 乙 and 丙: two events with one trigger; the second and later get a number
            int n = seen.merge(e.triggerSpan(), 1, Integer::sum);
            mapEvent(g, ref, a, e, e.triggerSpan().start() + "-" + e.triggerSpan().end() + (n == 1 ? "" : "-" + n));
        }
        return new Mapped(Iris.articleGraph(a.id()), g, ref, hash);
    }

    /** The article itself: text, hash, headline, dates, jurisdiction, source and publisher. */
    private static void mapArticle(Graph g, Graph ref, Article a, Node article, String hash) {
        add(g, article, TYPE, NEWS_ARTICLE);
        add(g, article, IS_STRING, str(a.text()));
        add(g, article, CONTENT_HASH, str(hash));
        if (!a.headline().isEmpty()) {
            add(g, article, HEADLINE, str(a.headline()));
        }
        if (a.published() != null) {
            add(g, article, DATE_PUBLISHED, date(a.published().toString()));
        }
        add(g, article, DATE_INFERRED, bool(a.dateInferred()));
        if (a.jurisdiction().isKnown()) {
            add(g, article, JURISDICTION, str(a.jurisdiction().code()));
        }
        add(g, article, SOURCE_FILE, str(a.source().file()));
        if (a.source().pageSpan() != null) {
            add(g, article, PAGE_START, integer(a.source().pageSpan().start()));
            add(g, article, PAGE_END, integer(a.source().pageSpan().end()));
        }
        if (!a.publisher().isEmpty()) {
            Node publisher = Iris.organization(a.publisherOrganization());
            add(g, article, PUBLISHER, publisher);
            add(ref, publisher, TYPE, ORGANIZATION);
            add(ref, publisher, LABEL, str(a.publisherOrganization()));
        }
    }

    /**
     * The article's persons (one node per name), each the holder of its mentions' records; returns the
     * node that holds each mention's record, where there is one other than the article.
     */
    private static Map<Mention, Node> mapPersons(Graph g, Article a, List<Mention> mentions) {
        Map<Mention, Node> holders = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == MentionType.PERSON) {
                Node person = Iris.person(a.id(), Names.compact(m.text()));
                holders.put(m, person);
                add(g, person, TYPE, PERSON);
                add(g, person, LABEL, str(Names.compact(m.text())));
                add(g, person, PERSON_KEY, str(a.personKey(m)));
            }
        }
        return holders;
    }

    /** Places, organisations and times; each holds the record of the mention it was read from. */
    private void mapEntities(Graph g, Graph ref, Analysis an, Article a, Map<Mention, Node> holders) {
        for (Place p : an.places()) {
            holders.put(p.mention(), placeNode(p, ref));
        }
        for (Organization o : an.organizations()) {
            Node org = Iris.organization(o.name());
            add(ref, org, TYPE, ORGANIZATION);
            add(ref, org, LABEL, str(o.name()));
            if (!o.parent().isEmpty()) {
                Node parent = Iris.organization(o.parent());
                add(ref, org, SUB_ORGANIZATION_OF, parent);
                add(ref, parent, TYPE, ORGANIZATION);
                add(ref, parent, LABEL, str(o.parent()));
            }
            if (!o.mention().text().equals(o.name())) {
                add(g, org, ALT_LABEL, str(o.mention().text()));
            }
            holders.put(o.mention(), org);
        }
        for (TimeValue t : an.times()) {
            Node n = mentionNode(a, t.mention());
            holders.put(t.mention(), n);
            add(g, n, NORMALIZED, str(t.value()));
            add(g, n, GRANULARITY, str(t.granularity().name()));
            add(g, n, START_DATE, date(t.start().toString()));
            add(g, n, END_DATE, date(t.end().toString()));
        }
    }

    /** Each post of each official as an org:Membership with its provenance. */
    private static void mapOfficials(Graph g, Graph ref, Article a, List<Official> officials) {
        for (Official o : officials) {
            Node person = Iris.person(a.id(), Names.compact(o.person().text()));
            for (Post p : o.posts()) {
                Node ms = Iris.inArticle(a.id(), "membership", o.person().start() + "-" + p.title().start());
                add(g, ms, TYPE, MEMBERSHIP);
                add(g, ms, MEMBER, person);
                Node role = Iris.role(p.role());
                add(g, ms, ROLE, role);
                add(ref, role, TYPE, ROLE_CLASS);
                add(ref, role, PREF_LABEL, str(p.role()));
                add(g, ms, TITLE, str(p.title().text()));
                if (!p.organization().isEmpty()) {
                    Node org = Iris.organization(p.organization());
                    add(g, ms, ORGANIZATION_P, org);
                    add(ref, org, TYPE, ORGANIZATION);
                    add(ref, org, LABEL, str(p.organization()));
                }
                add(g, ms, ORG_IMPLIED, bool(p.organizationImplied()));
                add(g, ms, MENTION_RECORD, str(MentionRecord.of(List.of(MentionRecord.span(o.person()),
                        MentionRecord.span(p.title())), "official-linker", Math.min(o.person().confidence(),
                        p.title().confidence()))));
            }
        }
    }

    /** Figures; each holds the record of its mention (the figure's own method and confidence are the mention's). */
    private static void mapFigures(Graph g, Article a, List<Figure> figures, Map<Mention, Node> holders) {
        for (Figure f : figures) {
            Node n = Iris.inArticle(a.id(), "figure", f.mention().start() + "-" + f.mention().end());
            add(g, n, TYPE, FIGURE);
            add(g, n, SCHEMA_VALUE, decimal(f.value()));
            add(g, n, UNIT_TEXT, str(f.unit()));
            if (!f.measure().isEmpty()) {
                add(g, n, MEASURE, str(f.measure()));
            }
            if (!f.change().isEmpty()) {
                add(g, n, CHANGE, str(f.change()));
            }
            if (f.period() != null) {
                add(g, n, PERIOD, str(f.period().value()));
            }
            if (!f.about().isEmpty()) {
                add(g, n, ABOUT_NAME, str(f.about()));
            }
            holders.put(f.mention(), n);
        }
    }

    /**
     * One event: its record names the trigger and the sentence that reports it (the evidence); each
     * participation's record names the participant's mention and the trigger.
     */
    private void mapEvent(Graph g, Graph ref, Article a, Event e, String local) {
        Node ev = Iris.inArticle(a.id(), "event", local);
        add(g, ev, TYPE, EVENT);
        add(g, ev, EVENT_TYPE, Iris.eventType(e.type()));
        add(g, ev, TRIGGER, str(e.trigger()));
        add(g, ev, CONSTRUCTION, str(e.construction()));
        String trigger = MentionRecord.span(e.triggerSpan(), "TRIGGER");
        add(g, ev, MENTION_RECORD, str(MentionRecord.of(List.of(trigger,
                MentionRecord.span(e.evidence(), MentionRecord.SENTENCE)), EVENT_METHOD, 0.8)));
        if (!e.topic().isEmpty()) {
            add(g, ev, TOPIC, str(e.topic()));
        }
        if (!e.organizer().isEmpty()) {
            add(g, ev, ORGANIZER, Iris.organization(e.organizer()));
        }
        if (e.time() != null) {
            add(g, ev, HAS_TIMESTAMP, date(e.time().start().toString()));
        }
        if (e.place() != null) {
            add(g, ev, HAS_PLACE, placeNode(e.place(), ref));
        }
        for (Participant p : e.participants()) {
            Node person = Iris.person(a.id(), Names.compact(p.person().text()));
            add(g, ev, HAS_ACTOR, person);
            Node part = Iris.inArticle(a.id(), "participation", local + "-" + p.person().start() + "-" + p.person().end());
            add(g, ev, PARTICIPATION, part);
            add(g, part, VALUE, person);
            add(g, part, ROLE_TYPE, Iris.participantRole(p.role().name().toLowerCase()));
            if (!p.title().isEmpty()) {
                add(g, part, TITLE_AS_WRITTEN, str(p.title()));
            }
            add(g, part, MENTION_RECORD, str(MentionRecord.of(List.of(MentionRecord.span(p.person()), trigger),
                    EVENT_METHOD, 0.8)));
        }
        e.groups().forEach(grp -> add(g, ev, PARTICIPANT_GROUP, str(grp)));
    }

    private Node placeNode(Place p, Graph ref) {
        if (p.resolved()) {
            Node child = null;
            for (Division d : divisions.ancestorsAndSelf(p.code())) {
                Node n = Iris.division(d.code());
                add(ref, n, TYPE, DIVISION);
                add(ref, n, TYPE, ADMIN_AREA);
                add(ref, n, LABEL, str(d.name()));
                add(ref, n, DIVISION_CODE, str(d.code()));
                add(ref, n, DIVISION_LEVEL, str(d.level()));
                if (child != null) {
                    add(ref, child, CONTAINED_IN, n);
                }
                child = n;
            }
            return Iris.division(p.code());
        }
        Node n = Iris.namedPlace(p.name());
        add(ref, n, TYPE, PLACE);
        add(ref, n, LABEL, str(p.name()));
        add(ref, n, PLACE_KIND, str(p.kind().name()));
        return n;
    }

    private static Node mentionNode(Article a, Mention m) {
        return Iris.inArticle(a.id(), "mention", MentionRecord.span(m));
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(String iso) {
        return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    private static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
    }
}
