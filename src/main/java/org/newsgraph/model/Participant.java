package org.newsgraph.model;

/** A named person taking part in an event in a role. */
public record Participant(Mention person, Role role) {

    public enum Role { CHAIR, SPEAKER, ATTENDEE, INSPECTOR, HOST, GUEST, ORGANIZER }
}
