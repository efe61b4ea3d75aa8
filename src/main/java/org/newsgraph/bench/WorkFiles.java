package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Clean-up of the corpora and stores benchmarks leave in their work directory. */
public final class WorkFiles {

    private WorkFiles() {
    }

    /** Deletes a directory tree, and the text index a store keeps beside it ({@code DIR-text}). */
    public static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        Path fileName = dir.toAbsolutePath().getFileName();
        if (fileName != null && !fileName.toString().endsWith("-text")) {
            deleteTree(dir.toAbsolutePath().resolveSibling(fileName + "-text"));
        }
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("warning: cannot delete " + dir + ": " + e.getMessage());
        }
    }
}
