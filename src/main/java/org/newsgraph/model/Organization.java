package org.newsgraph.model;

/**
 * An organisation mention resolved to one canonical organisation.
 *
 * @param name canonical full name, e.g. 太原市卫生健康委员会 for 市卫健委
 * @param parent canonical name of the parent organisation, empty when unknown
 * @param jurisdiction code of the division the organisation belongs to, empty when unknown
 */
public record Organization(Mention mention, String name, String parent, String jurisdiction) {
}
