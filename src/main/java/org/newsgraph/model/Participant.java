package org.newsgraph.model;

/**
 * A named person taking part in an event in a role.
 *
 * @param title the person's title as written beside the name in the event's sentence (法国总统,
 *              中共中央政治局常委、全国政协主席), empty when none is written there
 */
public record Participant(Mention person, Role role, String title) {

    public Participant {
        title = title == null ? "" : title;
    }

    public Participant(Mention person, Role role) {
        this(person, role, "");
    }

    public enum Role { CHAIR, SPEAKER, ATTENDEE, INSPECTOR, HOST, GUEST, ORGANIZER }
}
