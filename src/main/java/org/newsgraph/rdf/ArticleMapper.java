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
            md.update(String.join("\u0000", pipelineVersion, String.valueOf(a.published()),
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
        Map<Mention, Node> mentionNodes = mapMentions(g, a, an.mentions(), article);
        mapEntities(g, ref, an, article, mentionNodes);
        mapOfficials(g, ref, a, an.officials(), mentionNodes);
        mapFigures(g, a, an.figures(), mentionNodes);
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
        add(g, article, TYPE, NIF_CONTEXT);
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

    /** Every mention as a NIF phrase, persons also as the article's person; returns the mention nodes. */
    private static Map<Mention, Node> mapMentions(Graph g, Article a, List<Mention> mentions, Node article) {
        Map<Mention, Node> mentionNodes = new HashMap<>();
        for (Mention m : mentions) {
            Node n = mentionNode(a, m);
            mentionNodes.put(m, n);
            add(g, n, TYPE, NIF_PHRASE);
            add(g, n, TYPE, MENTION);
            add(g, n, REFERENCE_CONTEXT, article);
            add(g, n, BEGIN, integer(m.start()));
            add(g, n, END, integer(m.end()));
            add(g, n, ANCHOR_OF, str(m.text()));
            add(g, n, MENTION_TYPE, str(m.type().name()));
            add(g, n, METHOD, str(m.method()));
            add(g, n, CONFIDENCE, decimal(m.confidence()));
            if (m.type() == MentionType.PERSON) {
                Node person = Iris.person(a.id(), Names.compact(m.text()));
                add(g, n, IDENT_REF, person);
                add(g, person, TYPE, PERSON);
                add(g, person, LABEL, str(Names.compact(m.text())));
                add(g, person, NAME, str(Names.compact(m.text())));
                add(g, person, PERSON_KEY, str(a.personKey(m)));
                add(g, article, MENTIONS, person);
            }
        }
        return mentionNodes;
    }

    /** Places, organisations and times, each linked to its mention. */
    private void mapEntities(Graph g, Graph ref, Analysis an, Node article, Map<Mention, Node> mentionNodes) {
        for (Place p : an.places()) {
            Node place = placeNode(p, ref);
            add(g, mentionNodes.get(p.mention()), IDENT_REF, place);
            add(g, article, MENTIONS, place);
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
            add(g, mentionNodes.get(o.mention()), IDENT_REF, org);
            add(g, article, MENTIONS, org);
        }
        for (TimeValue t : an.times()) {
            Node n = mentionNodes.get(t.mention());
            add(g, n, NORMALIZED, str(t.value()));
            add(g, n, GRANULARITY, str(t.granularity().name()));
            add(g, n, START_DATE, date(t.start().toString()));
            add(g, n, END_DATE, date(t.end().toString()));
        }
    }

    /** Each post of each official as an org:Membership with its provenance. */
    private static void mapOfficials(Graph g, Graph ref, Article a, List<Official> officials,
                                     Map<Mention, Node> mentionNodes) {
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
                if (a.published() != null) {
                    add(g, ms, ATTESTED_ON, date(a.published().toString()));
                }
                provenance(g, ms, List.of(mentionNodes.get(o.person()), mentionNodes.get(p.title())), "official-linker",
                        Math.min(o.person().confidence(), p.title().confidence()));
            }
        }
    }

    private static void mapFigures(Graph g, Article a, List<Figure> figures, Map<Mention, Node> mentionNodes) {
        for (Figure f : figures) {
            Node n = Iris.inArticle(a.id(), "figure", f.mention().start() + "-" + f.mention().end());
            add(g, n, TYPE, FIGURE);
            add(g, n, TYPE, QUANTITATIVE_VALUE);
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
            provenance(g, n, List.of(mentionNodes.get(f.mention())), f.mention().method(), f.mention().confidence());
        }
    }

    private void mapEvent(Graph g, Graph ref, Article a, Event e, String local) {
        Node ev = Iris.inArticle(a.id(), "event", local);
        add(g, ev, TYPE, EVENT);
        add(g, ev, EVENT_TYPE, Iris.eventType(e.type()));
        add(g, ev, TRIGGER, str(e.trigger()));
        add(g, ev, CONSTRUCTION, str(e.construction()));
        Node evidence = Iris.inArticle(a.id(), "sentence", e.evidence().start() + "-" + e.evidence().end());
        add(g, evidence, TYPE, NIF_STRING);
        add(g, evidence, REFERENCE_CONTEXT, Iris.article(a.id()));
        add(g, evidence, BEGIN, integer(e.evidence().start()));
        add(g, evidence, END, integer(e.evidence().end()));
        add(g, ev, EVIDENCE, evidence);
        add(g, ev, WAS_DERIVED_FROM, evidence);
        if (!e.topic().isEmpty()) {
            add(g, ev, TOPIC, str(e.topic()));
        }
        if (!e.organizer().isEmpty()) {
            add(g, ev, ORGANIZER, Iris.organization(e.organizer()));
        }
        Node trigger = Iris.inArticle(a.id(), "mention", e.triggerSpan().start() + "-" + e.triggerSpan().end() + "-TRIGGER");
        add(g, trigger, TYPE, NIF_PHRASE);
        add(g, trigger, REFERENCE_CONTEXT, Iris.article(a.id()));
        add(g, trigger, BEGIN, integer(e.triggerSpan().start()));
        add(g, trigger, END, integer(e.triggerSpan().end()));
        add(g, trigger, ANCHOR_OF, str(e.trigger()));
        add(g, ev, TRIGGER_MENTION, trigger);
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
            add(g, part, TYPE, PARTICIPATION_CLASS);
            add(g, part, TYPE, SEM_ROLE);
            add(g, part, VALUE, person);
            add(g, part, ROLE_TYPE, Iris.participantRole(p.role().name().toLowerCase()));
            if (!p.title().isEmpty()) {
                add(g, part, TITLE_AS_WRITTEN, str(p.title()));
            }
            provenance(g, part, List.of(mentionNode(a, p.person()), trigger), EVENT_METHOD, 0.8);
        }
        e.groups().forEach(grp -> add(g, ev, PARTICIPANT_GROUP, str(grp)));
        provenance(g, ev, List.of(trigger), EVENT_METHOD, 0.8);
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

    private static void provenance(Graph g, Node fact, List<Node> from, String method, double confidence) {
        for (Node f : from) {
            add(g, fact, WAS_DERIVED_FROM, f);
        }
        add(g, fact, METHOD, str(method));
        add(g, fact, CONFIDENCE, decimal(confidence));
    }

    private static Node mentionNode(Article a, Mention m) {
        return Iris.inArticle(a.id(), "mention", m.start() + "-" + m.end() + "-" + m.type().name());
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

    private static Node decimal(double d) {
        return decimal(BigDecimal.valueOf(d));
    }

    private static Node decimal(BigDecimal d) {
        return NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
    }
}
