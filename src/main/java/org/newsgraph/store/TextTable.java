package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The {@code query} command's table: plain values (literals by their lexical form, newsgraph IRIs as
 * {@code ng:…}), columns aligned by display width (a Chinese character takes two terminal columns), and
 * long cells cut so that the table fits a terminal.
 */
public final class TextTable {

    /** Cells wider than this (in terminal columns) are cut with an ellipsis. */
    static final int MAX_CELL = 40;
    private static final String ID = "https://w3id.org/newsgraph/id/";

    private TextTable() {
    }

    static String format(ResultSet rs) {
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        rows.add(vars);
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows.add(vars.stream().map(v -> cut(plain(s.get(v)))).toList());
        }
        int[] widths = new int[vars.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), widths);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int w : widths) {
                    rule.add("-".repeat(w));
                }
                line(out, rule, widths);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            b.append(c == 0 ? "" : "  ").append(cells.get(c)).append(" ".repeat(widths[c] - width(cells.get(c))));
        }
        out.append(b.toString().stripTrailing()).append('\n');
    }

    static String plain(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        if (node.isURIResource()) {
            String uri = node.asResource().getURI();
            return uri.startsWith(ID) ? "ng:" + uri.substring(ID.length()) : uri;
        }
        return "_:" + node.asResource().getId();
    }

    /** The cell on one line and at most {@link #MAX_CELL} columns wide. */
    static String cut(String s) {
        String one = s.replaceAll("\\s+", " ");
        if (width(one) <= MAX_CELL) {
            return one;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int cp : one.codePoints().toArray()) {
            if (w + width(cp) > MAX_CELL - 1) {
                break;
            }
            b.appendCodePoint(cp);
            w += width(cp);
        }
        return b.append('…').toString();
    }

    /** Terminal columns of a string: East Asian wide and full-width characters take two, marks none. */
    public static int width(String s) {
        return s.codePoints().map(TextTable::width).sum();
    }

    public static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD;
    }
}
