package org.newsgraph.model;

import java.util.List;

/**
 * Everything extracted from one article. Immutable; stages return new values.
 *
 * @param tokens the article's words from segmentation, kept so that later stages (events) read the
 *               same words as the recognisers without segmenting again; never serialised
 */
public record Analysis(Article article, List<Token> tokens, List<Mention> mentions, List<Place> places,
                       List<Organization> organizations, List<Official> officials,
                       List<TimeValue> times, List<Figure> figures, List<Event> events) {

    public Analysis {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
        officials = List.copyOf(officials);
        times = List.copyOf(times);
        figures = List.copyOf(figures);
        events = List.copyOf(events);
    }

    public static Analysis of(Article article) {
        return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Analysis withEvents(List<Event> newEvents) {
        return new Analysis(article, tokens, mentions, places, organizations, officials, times, figures, newEvents);
    }

    public List<Mention> mentionsOf(MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }
}
