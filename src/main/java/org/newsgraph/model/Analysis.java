package org.newsgraph.model;

import java.util.List;

/** Everything extracted from one article. Immutable; stages return new values. */
public record Analysis(Article article, List<Mention> mentions, List<Place> places,
                       List<Organization> organizations, List<Official> officials,
                       List<TimeValue> times, List<Figure> figures, List<Event> events) {

    public Analysis {
        mentions = List.copyOf(mentions);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
        officials = List.copyOf(officials);
        times = List.copyOf(times);
        figures = List.copyOf(figures);
        events = List.copyOf(events);
    }

    public static Analysis of(Article article) {
        return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Analysis withEvents(List<Event> newEvents) {
        return new Analysis(article, mentions, places, organizations, officials, times, figures, newEvents);
    }

    public List<Mention> mentionsOf(MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }
}
