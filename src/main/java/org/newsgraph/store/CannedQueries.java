package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * The canned queries: {@code queries/NAME.rq} from the working directory when present (so users can edit
 * them), else the copy bundled in the jar; or any {@code .rq} file path. Parameters bind variables by name
 * ({@code person=陈博} sets {@code ?person} to the string "陈博").
 */
public final class CannedQueries {

    /** The names of the bundled queries, as listed in the README. */
    public static final List<String> NAMES = List.of("who-met-whom", "who-met-whom-summary", "who-met-whom-person",
            "who-met-whom-pair", "network", "officials",
            "events", "events-at-place", "events-of-organization", "figures", "person-timeline", "search");

    private CannedQueries() {
    }

    /** Loads a query by name or file path and binds the parameters. */
    public static Query load(String nameOrFile, Map<String, String> params) {
        String text = text(nameOrFile).orElseThrow(() -> new IllegalArgumentException(
                "no query named " + nameOrFile + " (known: " + String.join(", ", NAMES) + ") and no such file"));
        return bind(QueryFactory.create(text), params);
    }

    /**
     * A copy of a parsed query with the parameters bound to strings, in the algebra rather than the text,
     * so a value can never change the query's shape; the template is left as it was.
     */
    public static Query bind(Query template, Map<String, String> params) {
        if (params.isEmpty()) {
            return template.cloneQuery();
        }
        Map<Var, Node> bindings = params.entrySet().stream().collect(Collectors.toMap(
                e -> Var.alloc(e.getKey()), e -> NodeFactory.createLiteralString(e.getValue())));
        return QueryTransformOps.transform(template, bindings);
    }

    /** {@link #load}, as query text: the query checked and its parameters bound. */
    public static String prepare(String nameOrFile, Map<String, String> params) {
        return load(nameOrFile, params).serialize();
    }

    /**
     * The parameters a query declares in its header comment ({@code Parameter: ?name …},
     * {@code Parameters: ?from and ?to}), in order: what the query page offers to fill in.
     */
    public static List<String> parameters(String nameOrFile) {
        String text = text(nameOrFile).orElse("");
        List<String> out = new ArrayList<>();
        boolean declared = false;
        for (String line : text.lines().takeWhile(l -> l.startsWith("#")).toList()) {
            int at = line.indexOf("Parameter");
            declared |= at >= 0;
            if (declared) {
                Matcher m = PARAMETER.matcher(at >= 0 ? line.substring(at) : line);
                while (m.find()) {
                    if (!out.contains(m.group(1)) && text.contains("?" + m.group(1))) {
                        out.add(m.group(1));
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?([A-Za-z][A-Za-z0-9_]*)");

    public static Optional<String> text(String nameOrFile) {
        try {
            Path file = Path.of(nameOrFile);
            if (nameOrFile.endsWith(".rq") && Files.isRegularFile(file)) {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            }
            Path local = Path.of("queries", nameOrFile + ".rq");
            if (Files.isRegularFile(local)) {
                return Optional.of(Files.readString(local, StandardCharsets.UTF_8));
            }
            try (InputStream in = CannedQueries.class.getResourceAsStream("/queries/" + nameOrFile + ".rq")) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
