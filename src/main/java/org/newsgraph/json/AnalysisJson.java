package org.newsgraph.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Figure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Names;
import org.newsgraph.rdf.Iris;
import org.newsgraph.model.Official;
import org.newsgraph.model.Organization;
import org.newsgraph.model.Participant;
import org.newsgraph.model.Place;
import org.newsgraph.model.Post;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;
import org.newsgraph.model.TimeValue;

/**
 * The {@code extract} output: one JSON object per article. All {@code start}/{@code end} values are
 * Unicode code-point offsets into that object's {@code text}, end exclusive. See README "Extract format".
 */
public final class AnalysisJson {

    private final ObjectMapper mapper = new ObjectMapper();

    public String toLine(Analysis a) {
        try {
            return mapper.writeValueAsString(toNode(a));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public ObjectNode toNode(Analysis a) {
        Article article = a.article();
        ObjectNode root = mapper.createObjectNode();
        root.put("id", article.id());
        root.put("text", article.text());
        root.put("published", article.published() == null ? null : article.published().toString());
        root.put("publishedInferred", article.dateInferred());
        root.put("publisher", article.publisher());
        root.put("jurisdiction", article.jurisdiction().code());
        root.put("headline", article.headline());
        source(root.putObject("source"), article);
        ArrayNode sections = root.putArray("sections");
        article.sections().forEach(s -> span(sections.addObject(), s.span()).put("kind", s.kind().name()));
        mentions(root.putArray("mentions"), a);
        ArrayNode officials = root.putArray("officials");
        for (Official o : a.officials()) {
            official(officials.addObject(), article, o);
        }
        ArrayNode figures = root.putArray("figures");
        a.figures().forEach(f -> figure(mention(figures.addObject(), f.mention()), f));
        ArrayNode events = root.putArray("events");
        for (Event e : a.events()) {
            event(events.addObject(), article, e);
        }
        return root;
    }

    private static void source(ObjectNode source, Article article) {
        source.put("file", article.source().file());
        if (article.source().pageSpan() != null) {
            source.put("start", article.source().pageSpan().start());
            source.put("end", article.source().pageSpan().end());
        }
        if (article.source().line() != null) {
            source.put("line", article.source().line());
        }
    }

    /** Every mention, with what the place, organisation, time or figure it names adds to it. */
    private void mentions(ArrayNode mentions, Analysis a) {
        Map<Mention, ObjectNode> byMention = new HashMap<>();
        for (Mention m : a.mentions()) {
            ObjectNode n = mention(mentions.addObject(), m);
            n.put("method", m.method());
            n.put("confidence", m.confidence());
            byMention.put(m, n);
        }
        for (Place p : a.places()) {
            ObjectNode n = byMention.get(p.mention());
            n.put("name", p.name());
            n.put("placeKind", p.kind().name());
            if (p.resolved()) {
                n.put("code", p.code());
            }
        }
        for (Organization o : a.organizations()) {
            ObjectNode n = byMention.get(o.mention());
            n.put("name", o.name());
            if (!o.parent().isEmpty()) {
                n.put("parent", o.parent());
            }
        }
        for (TimeValue t : a.times()) {
            ObjectNode n = byMention.get(t.mention());
            n.put("value", t.value());
            n.put("granularity", t.granularity().name());
            n.put("relative", t.relative());
        }
        for (Figure f : a.figures()) {
            figure(byMention.get(f.mention()), f);
        }
    }

    private void official(ObjectNode n, Article article, Official o) {
        person(n.putObject("person"), article, o.person());
        ArrayNode posts = n.putArray("posts");
        for (Post p : o.posts()) {
            ObjectNode pn = mention(posts.addObject(), p.title());
            pn.put("role", p.role());
            pn.put("organization", p.organization().isEmpty() ? null : p.organization());
            pn.put("organizationImplied", p.organizationImplied());
        }
    }

    private static void event(ObjectNode n, Article article, Event e) {
        n.put("type", e.type());
        n.put("construction", e.construction());
        span(n.putObject("trigger"), e.triggerSpan()).put("text", e.trigger());
        span(n.putObject("evidence"), e.evidence()).put("text", Text.slice(article.text(), e.evidence()));
        n.put("date", e.time() == null ? null : e.time().value());
        n.put("topic", e.topic());
        n.put("organizer", e.organizer().isEmpty() ? null : e.organizer());
        if (e.place() == null) {
            n.putNull("place");
        } else {
            ObjectNode p = mention(n.putObject("place"), e.place().mention());
            p.put("name", e.place().name());
            if (e.place().resolved()) {
                p.put("code", e.place().code());
            }
        }
        ArrayNode participants = n.putArray("participants");
        for (Participant p : e.participants()) {
            ObjectNode pn = person(participants.addObject(), article, p.person()).put("role", p.role().name().toLowerCase());
            if (!p.title().isEmpty()) {
                pn.put("title", p.title());
            }
        }
        ArrayNode groups = n.putArray("groups");
        e.groups().forEach(groups::add);
    }

    /** The person's IRI in the store: article-scoped until the enrichment pass links it across articles. */
    public static String personId(Article article, Mention person) {
        return Iris.person(article.id(), Names.compact(person.text())).getURI();
    }

    private static ObjectNode person(ObjectNode n, Article article, Mention m) {
        mention(n, m);
        n.put("id", personId(article, m));
        n.put("personKey", article.personKey(m));
        return n;
    }

    private static void figure(ObjectNode n, Figure f) {
        n.put("value", f.value().toPlainString());
        n.put("unit", f.unit());
        n.put("measure", f.measure());
        n.put("change", f.change());
        n.put("period", f.period() == null ? null : f.period().value());
        n.put("about", f.about().isEmpty() ? null : f.about());
    }

    private static ObjectNode mention(ObjectNode n, Mention m) {
        span(n, m.span());
        n.put("type", m.type().name());
        n.put("text", m.text());
        return n;
    }

    private static ObjectNode span(ObjectNode n, Span s) {
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }
}
