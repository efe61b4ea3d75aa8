package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.article.Manifest;
import org.newsgraph.article.Reject;
import org.newsgraph.enrich.EnrichmentGraphs;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Iris;

/**
 * One task's work, unit by unit: the article reader turns a unit into articles, newsgraph's pipeline
 * extracts each, the mapper and the SHACL gate make its graph, exactly as {@code extract} and
 * {@code ingest} do; the enrichment records are read from the article's graphs with {@code enrich}'s own
 * queries.
 */
final class Extraction {

    private final Worker worker;
    private final ArticleReader reader;
    private final Map<String, byte[]> manifests;

    Extraction(Settings settings, Map<String, byte[]> manifests) {
        this.worker = Worker.of(settings);
        this.reader = settings.reader();
        this.manifests = manifests;
    }

    /** The articles of one unit, or its rejects. */
    void articles(Unit u, java.util.function.Consumer<Article> articles, java.util.function.Consumer<Reject> rejects) {
        if (u.rejectReason() != null) {
            rejects.accept(new Reject(u.name(), u.rejectReason()));
        } else if (u.page() != null) {
            Manifest manifest;
            try {
                byte[] m = manifests.get(u.dir());
                manifest = m == null ? Manifest.NONE : Manifest.parse(u.dir() + "/" + Manifest.FILE_NAME, m);
            } catch (IOException e) {
                rejects.accept(new Reject(u.name(), e.getMessage()));
                return;
            }
            reader.readPage(u.name(), u.fileName(), u.page(), manifest, articles, rejects);
        } else {
            reader.readJsonLine(u.name(), u.line(), u.text(), articles, rejects);
        }
    }

    /** The content hash of an article, without extracting it: what tells a changed article from an unchanged one. */
    String hash(Article a) {
        return worker.mapper.contentHash(a);
    }

    /** Extracts the articles of one unit that {@code wanted} admits. */
    List<ArticleOutput> extract(Unit u, Predicate<String> wanted) {
        List<ArticleOutput> out = new ArrayList<>();
        articles(u, a -> {
            if (wanted.test(a.id())) {
                out.add(extract(a));
            }
        }, r -> out.add(ArticleOutput.reject(r.record(), r.reason())));
        return out;
    }

    private ArticleOutput extract(Article article) {
        String json;
        ArticleMapper.Mapped mapped;
        try {
            Analysis analysis = worker.pipeline.run(article);
            json = worker.json.toLine(analysis);
            mapped = worker.mapper.map(analysis);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // as in extract and ingest: the record is rejected, its memory freed with its frames, the task goes on
            return ArticleOutput.reject(article.id(), "failed: " + e);
        }
        List<String> violations = worker.gate.violations(mapped.article());
        if (!violations.isEmpty()) {
            ArticleOutput r = ArticleOutput.reject(article.id(), "graph violates the shapes: " + String.join("; ", violations));
            return new ArticleOutput(article.id(), json, List.of(), List.of(), null, List.of(), List.of(), List.of(),
                    r.rejectRecord(), r.rejectReason());
        }
        DatasetGraph graphs = DatasetGraphFactory.create();
        graphs.addGraph(mapped.graphName(), mapped.article());
        graphs.addGraph(Iris.REFERENCE_GRAPH, mapped.reference());
        EnrichmentGraphs.Rows rows = rows(graphs);
        List<String> subOrganizations = new ArrayList<>();
        EnrichmentGraphs.readSubOrganizations(rows, (o, p) -> subOrganizations.add(o + "\t" + p));
        return new ArticleOutput(article.id(), json, NQuads.lines(mapped.graphName(), mapped.article()),
                NQuads.lines(Iris.REFERENCE_GRAPH, mapped.reference()), mapped.contentHash(),
                EnrichmentGraphs.readPersons(rows, ""), EnrichmentGraphs.readEvents(rows, EnrichmentGraphs.ALL_EVENTS), subOrganizations, null, null);
    }

    /** {@code enrich}'s queries, run over a few in-memory graphs instead of the store. */
    static EnrichmentGraphs.Rows rows(DatasetGraph graphs) {
        return (sparql, row) -> {
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(graphs)).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    row.accept(rs.next());
                }
            }
        };
    }

    /** The sub-organisation edges of a graph outside any article (the bundled event types), for the driver. */
    static List<String> subOrganizations(Node graphName, Graph g) {
        DatasetGraph graphs = DatasetGraphFactory.create();
        graphs.addGraph(graphName, g);
        List<String> out = new ArrayList<>();
        EnrichmentGraphs.readSubOrganizations(rows(graphs), (o, p) -> out.add(o + "\t" + p));
        return out;
    }
}
