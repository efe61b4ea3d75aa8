package org.newsgraph.export;

import java.util.Locale;

/** The file formats; CSV is two files, the others one. */
public enum Format {
    GRAPHML, GEXF, CSV, CYTOSCAPE;

    /** The format for its command-line name (graphml, gexf, csv, cytoscape). */
    public static Format of(String name) {
        for (Format f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format " + name + " (graphml, gexf, csv, cytoscape)");
    }
}
