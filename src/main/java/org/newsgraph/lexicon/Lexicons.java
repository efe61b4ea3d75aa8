package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated data files under {@code lexicon/}: lines starting with {@code #} are the
 * provenance header, blank lines are skipped, every other line is a row of columns.
 *
 * <p>A user directory, when given, overrides the bundled file of the same name, so that alias tables and
 * gazetteers can be extended without rebuilding.
 */
public final class Lexicons {

    private final Path overrideDir;

    private Lexicons(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    public static Lexicons bundled() {
        return new Lexicons(null);
    }

    public static Lexicons withOverrides(Path dir) {
        return new Lexicons(dir);
    }

    /** The rows of a lexicon file; every row has at least {@code minColumns} columns (missing ones are ""). */
    public List<String[]> rows(String fileName, int minColumns) {
        try (BufferedReader in = open(fileName)) {
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < minColumns) {
                    String[] padded = new String[minColumns];
                    for (int i = 0; i < minColumns; i++) {
                        padded[i] = i < cols.length ? cols[i] : "";
                    }
                    cols = padded;
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + fileName, e);
        }
    }

    private BufferedReader open(String fileName) throws IOException {
        if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(fileName))) {
            return Files.newBufferedReader(overrideDir.resolve(fileName), StandardCharsets.UTF_8);
        }
        InputStream in = Lexicons.class.getResourceAsStream("/lexicon/" + fileName);
        if (in == null) {
            throw new IOException("missing resource /lexicon/" + fileName);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
