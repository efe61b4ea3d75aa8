package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One unit of input, as read from its file system: a whole page (split into articles later), one line of a
 * JSON Lines file, or a reject (a file that could not be read). {@code order} is where {@code ingest} would
 * read it: the file's place in the sorted listing, then the line.
 */
record Unit(long order, String name, String fileName, String dir, byte[] page, int line, String text,
            String rejectReason) implements Serializable {

    static long order(int fileIndex, int line) {
        return ((long) fileIndex << 32) | line;
    }

    static Unit page(long order, String name, String fileName, String dir, byte[] bytes) {
        return new Unit(order, name, fileName, dir, bytes, 0, null, null);
    }

    static Unit jsonLine(long order, String name, int line, String text) {
        return new Unit(order, name, null, null, null, line, text, null);
    }

    static Unit reject(long order, String record, String reason) {
        return new Unit(order, record, null, null, null, 0, null, reason);
    }
}
