package org.newsgraph.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;

/** How {@link Store#select(String, ResultFormat)} writes query results. */
public enum ResultFormat {
    /** Aligned columns of plain values for a terminal ({@link TextTable}). */
    TABLE, CSV, TSV, JSON;

    /** The format for its command-line name (table, csv, tsv, json). */
    public static ResultFormat of(String name) {
        for (ResultFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format " + name + " (table, csv, tsv, json)");
    }

    String write(ResultSet rs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (this) {
            case CSV -> ResultSetFormatter.outputAsCSV(bytes, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(bytes, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(bytes, rs);
            case TABLE -> bytes.writeBytes(TextTable.format(rs).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
