package org.newsgraph.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.Pipeline;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.json.AnalysisJson;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ShapeGate;

/**
 * The extractors of one executor: newsgraph's own {@link Pipeline}, RDF mapper and SHACL gate, built once
 * per JVM and settings (loading the model and lexicons takes seconds) and shared by the executor's task
 * threads, as {@code ingest} shares them between its worker threads.
 */
final class Worker {

    private static final Map<Settings, Worker> BY_SETTINGS = new ConcurrentHashMap<>();

    final Pipeline pipeline;
    final ArticleMapper mapper;
    final ShapeGate gate;
    final AnalysisJson json = new AnalysisJson();

    private Worker(Settings settings) {
        Lexicons lexicons = settings.lexiconSet();
        this.pipeline = Pipeline.standard(lexicons);
        this.mapper = new ArticleMapper(Gazetteer.load(lexicons), Ingester.PIPELINE_VERSION);
        this.gate = ShapeGate.bundled();
    }

    static Worker of(Settings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, Worker::new);
    }
}
