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
 * @param topic what the event is about or its name as written (全市疫苗接种工作推进会, 防汛救灾工作), may be empty
 * @param organizer canonical name of the organising body when stated (市委宣讲团), may be empty
 * @param construction the rule that found the event (a construction of constructions.txt, or
 *                     {@link #TRIGGER_RULES} for a trigger word with role verbs)
 * @param evidence the sentence that reports the event (the first one when several do)
 */
public record Event(String type, String trigger, Span triggerSpan, TimeValue time, Place place,
                    List<Participant> participants, List<String> groups, String topic, String organizer,
                    String construction, Span evidence) {

    /** The construction name of events found by a trigger word and the role verbs of their participants. */
    public static final String TRIGGER_RULES = "trigger-and-role-verbs";

    public Event {
        participants = List.copyOf(participants);
        groups = List.copyOf(groups);
    }
}
