package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.Iris;

/**
 * The pass over N-Quads files before anything is written: every line must parse (a bad one is named by
 * file, line and column) and every quad must name a graph (newsgraph keeps nothing in the default graph).
 * Also says whether the input holds the cross-article graphs (so that the load knows whether to enrich) and
 * whether each article graph comes in one piece, as the Spark job writes them (a transactional load needs
 * that; a store's dump, in subject order, is only for the bulk loader).
 */
public final class NQuadsCheck {

    /**
     * What the files hold; {@code split} names the first article graph whose quads are not in one piece,
     * and where, or is null.
     */
    public record Found(long quads, long runQuads, boolean enrichment, String split) {
    }

    /** Input that cannot be loaded; the message names the file and, for syntax, the line. */
    public static final class BadInput extends RuntimeException {
        BadInput(String message) {
            super(message);
        }
    }

    private NQuadsCheck() {
    }

    public static Found check(List<Path> files) {
        Checker checker = new Checker();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new BadInput(f + ": no such file");
            }
            checker.file = f;
            checker.inFile = 0;
            try (InputStream in = open(f)) {
                RDFParser.source(in).lang(Lang.NQUADS).errorHandler(errors(f)).parse(checker);
            } catch (IOException e) {
                throw new BadInput(f + ": " + e.getMessage());
            } catch (RiotException e) {
                throw e instanceof BadInputException b ? new BadInput(b.getMessage()) : new BadInput(f + ": " + e.getMessage());
            }
        }
        return new Found(checker.quads, checker.runQuads, checker.enrichment, checker.split);
    }

    /** A file's bytes, decompressed when its name ends in .gz or .bz2. */
    public static InputStream open(Path f) {
        return IO.openFile(f.toString());
    }

    /** Every warning is an error: newsgraph's own N-Quads parse without one. */
    private static ErrorHandler errors(Path f) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void error(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new BadInputException(f + ":" + line + ":" + col + ": " + message);
            }
        };
    }

    /** Carries a located message out of the parser, which passes on only its own exceptions. */
    private static final class BadInputException extends RiotException {
        BadInputException(String message) {
            super(message);
        }
    }

    private static final class Checker extends StreamRDFBase {
        private final Set<Node> seen = new HashSet<>();
        private Path file;
        private Node current;
        private long quads;
        private long inFile;
        private long runQuads;
        private boolean enrichment;
        private String split;

        @Override
        public void triple(Triple t) {
            inFile++;
            throw noGraph(t);
        }

        private BadInputException noGraph(Triple t) {
            return new BadInputException(file + ": quad " + inFile + " names no graph (" + t
                    + "); newsgraph's N-Quads put every quad in a named graph");
        }

        @Override
        public void quad(Quad q) {
            quads++;
            inFile++;
            Node g = q.getGraph();
            if (q.isDefaultGraph()) {
                throw noGraph(q.asTriple());
            } else if (g.equals(Iris.RUNS_GRAPH)) {
                runQuads++;
            } else if (g.equals(Iris.ENTITIES_GRAPH) || g.equals(Iris.MET_WITH_GRAPH)) {
                enrichment = true;
            } else if (!g.equals(Iris.REFERENCE_GRAPH) && !g.equals(current)) {
                if (!seen.add(g) && split == null) {
                    split = file + ": quad " + inFile + ": the quads of graph " + g + " are not in one piece";
                }
                current = g;
            }
        }
    }
}
