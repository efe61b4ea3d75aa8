package org.newsgraph.event;

import java.util.List;
import org.newsgraph.model.Participant;
import org.newsgraph.model.Span;

/**
 * What one construction found in one sentence: an event's trigger and participants, before it is
 * placed among the article's events.
 *
 * @param construction the rule that fired
 * @param type the event type
 * @param trigger the trigger word as written
 * @param triggerSpan where the trigger is in the article
 * @param participants the persons with roles and titles as written
 * @param attach whether and where the participants join another event ({@link Construction.Attach})
 */
record Contact(String construction, String type, String trigger, Span triggerSpan, List<Participant> participants,
               Construction.Attach attach) {
}
