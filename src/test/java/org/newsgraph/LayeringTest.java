package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layering, checked on the sources of src/main: every reference to another newsgraph
 * package (an import or a qualified name) must point to a lower layer, Jena stays behind the packages
 * that own RDF, HanLP behind its one class, only the server gets the store's dataset, and the package
 * graph has no cycle. A plain scan of the source text, so it needs nothing but the JDK.
 */
class LayeringTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** Each package's layer: a package may use only packages of a lower layer. */
    private static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("model", 0),
            Map.entry("article", 1), Map.entry("lexicon", 1), Map.entry("extract.segment", 1),
            Map.entry("extract.ner", 2),
            Map.entry("extract", 3),
            Map.entry("event", 4),
            Map.entry("", 5), Map.entry("rdf", 5), Map.entry("eval", 5),
            Map.entry("store", 6), Map.entry("json", 6),
            Map.entry("enrich", 7), Map.entry("export", 7),
            Map.entry("ingest", 8),
            Map.entry("serve", 9),
            Map.entry("bench", 10),
            Map.entry("cli", 11));

    private static final Set<String> JENA_ALLOWED = Set.of("rdf", "store", "serve", "enrich", "export");
    /** Jena's packages, and its command classes ({@code tdb2.tdbloader}, {@code arq.sparql}, …). */
    private static final Pattern JENA = Pattern.compile("org\\.apache\\.jena|\\b(tdb2|riotcmd|arq)\\.[a-z]\\w*\\s*\\(");
    private static final String HANLP_CLASS = "extract/segment/HanlpSegmenter.java";
    private static final Pattern NEWSGRAPH_REF = Pattern.compile("\\borg\\.newsgraph\\.((?:[a-z]\\w*\\.)*)[A-Z]");

    private record Source(Path file, String pkg, String text) {
    }

    private static List<Source> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Source> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = MAIN.resolve("org/newsgraph").relativize(f.getParent()).toString().replace('/', '.');
                out.add(new Source(f, rel, withoutComments(Files.readString(f, StandardCharsets.UTF_8))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code without comments, so that a javadoc link is not a dependency. */
    private static String withoutComments(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    /** Package (relative to org.newsgraph, "" for the root) to the packages it refers to. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Source s : sources()) {
            Set<String> deps = out.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            Matcher m = NEWSGRAPH_REF.matcher(s.text());
            while (m.find()) {
                String target = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                if (!target.equals(s.pkg())) {
                    deps.add(target);
                }
            }
        }
        return out;
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> unknown = new TreeSet<>(dependencies().keySet());
        unknown.removeAll(LAYER.keySet());
        assertTrue(unknown.isEmpty(), "packages without a layer in LayeringTest: " + unknown);
    }

    @Test
    void packagesUseOnlyLowerLayers() {
        List<String> upward = new ArrayList<>();
        dependencies().forEach((pkg, deps) -> deps.forEach(d -> {
            if (LAYER.getOrDefault(d, Integer.MAX_VALUE) >= LAYER.getOrDefault(pkg, -1)) {
                upward.add(name(pkg) + " -> " + name(d));
            }
        }));
        assertEquals(List.of(), upward, "references to a package in the same or a higher layer");
    }

    @Test
    void thePackageGraphHasNoCycle() {
        Map<String, Set<String>> deps = dependencies();
        for (String start : deps.keySet()) {
            List<String> cycle = cycleFrom(start, start, deps, new ArrayList<>(List.of(start)), new HashSet<>());
            assertTrue(cycle.isEmpty(), "package cycle: " + cycle.stream().map(LayeringTest::name).toList());
        }
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> deps, List<String> path,
                                          Set<String> seen) {
        for (String next : deps.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, deps, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    @Test
    void jenaOnlyInThePackagesThatOwnRdf() {
        List<String> leaks = sources().stream()
                .filter(s -> JENA.matcher(s.text()).find() && !JENA_ALLOWED.contains(s.pkg()))
                .map(s -> s.file().toString()).toList();
        assertEquals(List.of(), leaks, "Jena outside " + JENA_ALLOWED);
    }

    @Test
    void hanlpOnlyInItsOneClass() {
        List<String> leaks = sources().stream()
                .filter(s -> s.text().contains("com.hankcs") && !s.file().endsWith(HANLP_CLASS))
                .map(s -> s.file().toString()).toList();
        assertEquals(List.of(), leaks, "HanLP outside " + HANLP_CLASS);
    }

    @Test
    void onlyTheServerGetsTheStoresDataset() {
        List<String> callers = sources().stream()
                .filter(s -> s.text().contains(".datasetGraph()") && !Set.of("store", "serve").contains(s.pkg()))
                .map(s -> s.file().toString()).toList();
        assertEquals(List.of(), callers, "Store.datasetGraph() is for the SPARQL server only");
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "org.newsgraph" : pkg;
    }
}
