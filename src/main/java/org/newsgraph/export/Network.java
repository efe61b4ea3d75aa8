package org.newsgraph.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.newsgraph.rdf.Vocab;

/** A graph ready to write: columns in output order, nodes and edges sorted by id. */
public record Network(Network.Kind kind, List<Network.Column> nodeColumns, List<Network.Column> edgeColumns,
                      List<Network.Vertex> nodes, List<Network.Edge> edges) {

    /** Which graph to export. */
    public enum Kind {
        /** Canonical persons linked by the events they shared (weight = number of events). */
        MET_WITH("met-with"),
        /** Persons, organisations, events and places: who took part in what, who holds which post where. */
        FULL("full");

        private final String cliName;

        Kind(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        /** The kind for its command-line name ({@code met-with} or {@code full}). */
        public static Kind of(String name) {
            for (Kind k : values()) {
                if (k.cliName.equals(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown graph " + name + " (met-with, full)");
        }
    }

    /** A node or edge attribute; integer columns are typed as numbers where the format has types. */
    public record Column(String name, boolean integer) {
    }

    /** A node: its id, label and attribute values by column name (absent = no value). */
    public record Vertex(String id, String label, SortedMap<String, String> data) {
    }

    /** An undirected edge between two node ids. */
    public record Edge(String id, String source, String target, SortedMap<String, String> data) {
    }

    /** The edge attribute that graph tools read as the edge weight. */
    public static final String WEIGHT = "weight";

    /**
     * A node or edge id for an IRI: the part after the newsgraph id namespace, with {@code /} written as
     * {@code :} and every other character that is not an ASCII letter or digit, {@code -}, {@code _} or a
     * common CJK ideograph written as {@code .XX} per UTF-8 byte ({@code %XX} becomes {@code .XX}). The
     * result is an XML NMTOKEN, which GraphML requires, and is still readable:
     * {@code person:140100.2F陈博}.
     */
    public static String id(String iri) {
        String local = iri.startsWith(Vocab.ID) ? iri.substring(Vocab.ID.length()) : iri;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < local.length(); ) {
            int cp = local.codePointAt(i);
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') || cp >= 0x4E00 && cp <= 0x9FA5) {
                sb.appendCodePoint(cp);
            } else if (cp == '/') {
                sb.append(':');
            } else if (cp == '%' && i + 2 < local.length() && isHex(local.charAt(i + 1)) && isHex(local.charAt(i + 2))) {
                sb.append('.').append(local.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                i += 2;
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('.').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
