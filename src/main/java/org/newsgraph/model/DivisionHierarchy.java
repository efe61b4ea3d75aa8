package org.newsgraph.model;

import java.util.List;

/** Looks up a division and the divisions containing it, innermost first (清徐县, 太原市, 山西省). */
public interface DivisionHierarchy {

    List<Division> ancestorsAndSelf(String code);
}
