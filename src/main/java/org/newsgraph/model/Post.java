package org.newsgraph.model;

/**
 * A post held by an official: a title in an organisation.
 *
 * @param title the title mention as written (市委书记)
 * @param role the bare role word (书记)
 * @param organization canonical organisation name, empty when it cannot be determined
 * @param organizationImplied true when the text does not name the organisation (副市长 → 太原市人民政府)
 */
public record Post(Mention title, String role, String organization, boolean organizationImplied) {
}
