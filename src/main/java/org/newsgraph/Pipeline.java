package org.newsgraph;

import org.newsgraph.event.EventExtractor;
import org.newsgraph.extract.EntityExtractor;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;

/**
 * The front door: article in, analysis out. Entities first (mentions, places, organisations,
 * officials, dates, figures), then events over them. Thread-safe; build one and share it.
 */
public final class Pipeline {

    private final EntityExtractor entities;
    private final EventExtractor events;

    private Pipeline(EntityExtractor entities, EventExtractor events) {
        this.entities = entities;
        this.events = events;
    }

    /** The standard pipeline over the given lexicons. */
    public static Pipeline standard(Lexicons lexicons) {
        return new Pipeline(new EntityExtractor(lexicons), EventExtractor.load(lexicons));
    }

    public Analysis run(Article article) {
        return events.apply(entities.extract(article));
    }

    public EntityExtractor entities() {
        return entities;
    }
}
