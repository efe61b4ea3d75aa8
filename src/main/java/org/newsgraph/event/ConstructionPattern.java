package org.newsgraph.event;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a construction pattern (regular expressions over items, see constructions.txt) to a
 * {@link Pattern} over the encoding of {@link SentenceItems}: each item is written {@code {word| C1 C2 }},
 * so an atom becomes a regex that matches exactly one item of the wanted kind.
 */
final class ConstructionPattern {

    private static final Pattern MACRO = Pattern.compile("\\$([A-Z][A-Z_]*)");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|<([a-z]+):|>|'([^']+)'|!\\[([A-Z_ ]+)]|ANY|([A-Z][A-Z_]*)|[$^]|[()|*+?]|\\{\\d+(,\\d*)?}");
    private static final String ONE_ITEM = "(?:\\{[^{}]*\\})";

    private ConstructionPattern() {
    }

    /** Replaces {@code $NAME} by its definition, repeatedly, so definitions may use earlier ones. */
    static String expand(String pattern, Map<String, String> defines) {
        String out = pattern;
        for (int depth = 0; depth < 10; depth++) {
            Matcher m = MACRO.matcher(out);
            StringBuilder sb = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String def = defines.get(m.group(1));
                if (def == null) {
                    throw new IllegalArgumentException("undefined $" + m.group(1) + " in: " + pattern);
                }
                m.appendReplacement(sb, Matcher.quoteReplacement("(" + def + ")"));
                changed = true;
            }
            m.appendTail(sb);
            out = sb.toString();
            if (!changed) {
                return out;
            }
        }
        throw new IllegalArgumentException("definitions nest too deep in: " + pattern);
    }

    /** The regex for an expanded pattern; the classes named inside group {@code t} are put in {@code triggers}. */
    static Pattern compile(String expanded, Set<String> triggers) {
        StringBuilder re = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(expanded);
        int at = 0;
        while (at < expanded.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("cannot read pattern at '" + expanded.substring(at) + "'");
            }
            String tok = m.group();
            at = m.end();
            if (tok.isBlank()) {
                continue;
            }
            if (m.group(1) != null) {
                open.push(m.group(1));
                re.append("(?<").append(m.group(1)).append('>');
            } else if (tok.equals(">") || tok.equals(")")) {
                if (open.isEmpty() || tok.equals(">") == open.pop().equals("(")) {
                    throw new IllegalArgumentException("unbalanced '" + tok + "' in: " + expanded);
                }
                re.append(')');
            } else if (tok.equals("(")) {
                open.push("(");
                re.append("(?:");
            } else if (m.group(2) != null) {
                re.append("(?:\\{").append(Pattern.quote(m.group(2))).append("\\|[^{}]*\\})");
            } else if (m.group(3) != null) {
                re.append("(?:\\{[^|{}]*\\|(?![^{}]* (?:").append(String.join("|", m.group(3).trim().split("\\s+")))
                        .append(") )[^{}]*\\})");
            } else if (tok.equals("ANY")) {
                re.append(ONE_ITEM);
            } else if (m.group(4) != null) {
                if (open.contains("t")) {
                    triggers.add(tok);
                }
                re.append("(?:\\{[^|{}]*\\|[^{}]* ").append(tok).append(" [^{}]*\\})");
            } else {
                re.append(tok);
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed group in: " + expanded);
        }
        return Pattern.compile(re.toString());
    }

    static Pattern compile(String pattern, Map<String, String> defines, Set<String> triggers) {
        return compile(expand(pattern, defines), triggers);
    }
}
