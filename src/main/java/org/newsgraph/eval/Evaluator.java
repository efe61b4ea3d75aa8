package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Names;
import org.newsgraph.model.Official;
import org.newsgraph.model.Participant;
import org.newsgraph.model.Post;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/**
 * Scores an extractor against gold: entity mentions by exact span and type, official posts by person span
 * and title (and organisation), event participants by event type, date and person (and role).
 *
 * <p>Only entity types present in the gold are scored, so a corpus without DATE gold does not count the
 * extractor's dates as errors. In page mode each gold record is a whole page that is split into articles
 * first, and predictions are mapped back to page offsets.
 */
public final class Evaluator {

    /** The scores and a list of the errors behind them. */
    public record Report(Scores entities, Scores officials, Scores participants, List<String> errors) {
    }

    private final Function<Article, Analysis> extractor;
    private final ArticleReader reader;
    private final boolean pages;

    public Evaluator(Function<Article, Analysis> extractor, ArticleReader reader, boolean pages) {
        this.extractor = extractor;
        this.reader = reader;
        this.pages = pages;
    }

    public Report evaluate(List<GoldDocument> gold) {
        Set<String> goldTypes = new HashSet<>();
        gold.forEach(d -> d.entities().forEach(e -> goldTypes.add(e.type())));
        Scores entities = new Scores();
        Scores officials = new Scores();
        Scores participants = new Scores();
        List<String> errors = new ArrayList<>();
        for (GoldDocument doc : gold) {
            List<Analysis> analyses = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            for (Article a : articles(doc)) {
                analyses.add(extractor.apply(a));
                offsets.add(a.source().pageSpan() == null ? 0 : a.source().pageSpan().start());
            }
            scoreEntities(doc, analyses, offsets, goldTypes, entities, errors);
            scoreOfficials(doc, analyses, offsets, officials, errors);
            if (!doc.events().isEmpty()) {
                scoreParticipants(doc, analyses, participants, errors);
            }
        }
        return new Report(entities, officials, participants, errors);
    }

    private List<Article> articles(GoldDocument doc) {
        Jurisdiction j = new Jurisdiction(doc.jurisdiction(), "");
        if (pages) {
            return reader.splitPage(doc.id(), doc.text(), doc.published(), doc.published() == null,
                    doc.publisher(), j, "gold");
        }
        Span all = new Span(0, Text.length(doc.text()));
        return List.of(new Article(doc.id(), doc.text(), doc.published(), doc.published() == null,
                doc.publisher(), j, new Article.Source("gold", all, null), List.of(new Section(Section.Kind.BODY, all))));
    }

    private static void scoreEntities(GoldDocument doc, List<Analysis> analyses, List<Integer> offsets,
                                      Set<String> goldTypes, Scores scores, List<String> errors) {
        Set<String> goldKeys = new HashSet<>();
        doc.entities().forEach(e -> goldKeys.add(e.start() + ":" + e.end() + ":" + e.type()));
        Set<String> predicted = new HashSet<>();
        for (int i = 0; i < analyses.size(); i++) {
            for (Mention m : analyses.get(i).mentions()) {
                if (goldTypes.contains(m.type().name())) {
                    Span s = m.span().shift(offsets.get(i));
                    predicted.add(s.start() + ":" + s.end() + ":" + m.type().name());
                }
            }
        }
        compare(doc, goldKeys, predicted, scores, errors, "entity");
    }

    private static void scoreOfficials(GoldDocument doc, List<Analysis> analyses, List<Integer> offsets,
                                       Scores scores, List<String> errors) {
        if (doc.officials().isEmpty()) {
            return;
        }
        Set<String> gold = new HashSet<>();
        Set<String> goldWithOrg = new HashSet<>();
        for (GoldDocument.Official o : doc.officials()) {
            for (GoldDocument.Post p : o.posts()) {
                String key = o.start() + ":" + o.end() + ":" + p.title();
                gold.add(key + ":POST");
                goldWithOrg.add(key + ":" + (p.organization() == null ? "" : p.organization()) + ":POST+ORG");
            }
        }
        Set<String> pred = new HashSet<>();
        Set<String> predWithOrg = new HashSet<>();
        for (int i = 0; i < analyses.size(); i++) {
            for (Official o : analyses.get(i).officials()) {
                Span s = o.person().span().shift(offsets.get(i));
                for (Post p : o.posts()) {
                    String key = s.start() + ":" + s.end() + ":" + p.title().text();
                    pred.add(key + ":POST");
                    predWithOrg.add(key + ":" + p.organization() + ":POST+ORG");
                }
            }
        }
        compare(doc, gold, pred, scores, errors, "official");
        compare(doc, goldWithOrg, predWithOrg, scores, errors, "official");
    }

    private static void scoreParticipants(GoldDocument doc, List<Analysis> analyses, Scores scores, List<String> errors) {
        Set<String> gold = new HashSet<>();
        Set<String> goldRoles = new HashSet<>();
        for (GoldDocument.Event e : doc.events()) {
            for (GoldDocument.Participant p : e.participants()) {
                String key = e.type() + ":" + e.date() + ":" + Names.compact(p.name());
                gold.add(key + ":PARTICIPANT");
                goldRoles.add(key + ":" + p.role() + ":PARTICIPANT+ROLE");
            }
        }
        Set<String> pred = new HashSet<>();
        Set<String> predRoles = new HashSet<>();
        for (Analysis a : analyses) {
            for (Event e : a.events()) {
                for (Participant p : e.participants()) {
                    String key = e.type() + ":" + (e.time() == null ? null : e.time().value()) + ":"
                            + Names.compact(p.person().text());
                    pred.add(key + ":PARTICIPANT");
                    predRoles.add(key + ":" + p.role().name().toLowerCase() + ":PARTICIPANT+ROLE");
                }
            }
        }
        compare(doc, gold, pred, scores, errors, "participant");
        compare(doc, goldRoles, predRoles, scores, errors, "participant");
    }

    /** Keys end with ":LABEL"; counts tp/fp/fn per label and lists the misses. */
    private static void compare(GoldDocument doc, Set<String> gold, Set<String> predicted, Scores scores,
                                List<String> errors, String kind) {
        for (String k : predicted) {
            String label = label(k);
            if (gold.contains(k)) {
                scores.tp(label);
            } else {
                scores.fp(label);
                errors.add("FP " + kind + " " + doc.id() + " " + describe(doc, k));
            }
        }
        for (String k : gold) {
            if (!predicted.contains(k)) {
                scores.fn(label(k));
                errors.add("FN " + kind + " " + doc.id() + " " + describe(doc, k));
            }
        }
    }

    private static String label(String key) {
        return key.substring(key.lastIndexOf(':') + 1);
    }

    private static String describe(GoldDocument doc, String key) {
        String[] parts = key.split(":");
        if (parts.length == 3 && parts[0].matches("\\d+") && parts[1].matches("\\d+")) {
            int s = Integer.parseInt(parts[0]);
            int e = Integer.parseInt(parts[1]);
            int len = Text.length(doc.text());
            String context = Text.slice(doc.text(), Math.max(0, s - 6), s) + "【" + Text.slice(doc.text(), s, Math.min(e, len))
                    + "】" + Text.slice(doc.text(), Math.min(e, len), Math.min(len, e + 6));
            return parts[2] + " " + context.replace("\n", "⏎");
        }
        return key;
    }

}
