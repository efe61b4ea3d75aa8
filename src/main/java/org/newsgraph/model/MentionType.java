package org.newsgraph.model;

/** The kinds of text span newsgraph reports; the names are the {@code type} values in JSON Lines. */
public enum MentionType {
    PERSON, ORGANIZATION, PLACE, TITLE, DATE, FIGURE
}
