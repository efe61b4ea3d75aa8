package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Set;

/**
 * Which articles a run extracts, by id and the order of the unit they come from: in a full run every
 * article but the second reading of a duplicate id; in an incremental run only the new and changed ones.
 */
record Wanted(Set<String> keys, boolean listed) implements Serializable {

    static String key(String id, long order) {
        return id + "\t" + order;
    }

    /** Every article except the given ones. */
    static Wanted allBut(Set<String> keys) {
        return new Wanted(keys, false);
    }

    /** Only the given articles. */
    static Wanted only(Set<String> keys) {
        return new Wanted(keys, true);
    }

    boolean test(String id, long order) {
        return keys.contains(key(id, order)) == listed;
    }
}
