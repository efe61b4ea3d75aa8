package org.newsgraph.model;

import java.util.List;

/**
 * Something that happened at a time and place with participants: the basis of who-met-whom.
 *
 * @param type event type key from the event-type scheme (meeting, inspection, research, …)
 * @param trigger the word that signals the event (推进会, 督导检查)
 * @param triggerSpan where the trigger is in the article text
 * @param time when, or null when the article does not say
 * @param place where, or null
 * @param participants named people with roles
 * @param groups unnamed participating groups (相关部门负责人), kept apart from people
 */
public record Event(String type, String trigger, Span triggerSpan, TimeValue time, Place place,
                    List<Participant> participants, List<String> groups) {

    public Event {
        participants = List.copyOf(participants);
        groups = List.copyOf(groups);
    }
}
