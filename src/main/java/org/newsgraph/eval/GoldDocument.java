package org.newsgraph.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold record: {@code {"id","text","published"?,"publisher"?,"jurisdiction"?,
 * "entities":[{"start","end","type"}], "officials"?: [...], "events"?: [...]}}. Offsets are code points.
 */
public record GoldDocument(String id, String text, LocalDate published, String publisher, String jurisdiction,
                           List<Entity> entities, List<Official> officials, List<Event> events) {

    /** A gold span with its (already mapped) type. */
    public record Entity(int start, int end, String type) {
    }

    /** A titled person: the person's span and the posts written with it. */
    public record Official(int start, int end, String person, List<Post> posts) {
    }

    /** A post: title as written and the canonical organisation (null when unknown). */
    public record Post(String title, String organization) {
    }

    /** A gold event: type, normalised date and the named participants. */
    public record Event(String type, String date, List<Participant> participants) {
    }

    /** A named participant and role. */
    public record Participant(String name, String role) {
    }
}
