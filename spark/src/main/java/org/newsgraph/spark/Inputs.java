package org.newsgraph.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsgraph.article.Manifest;

/**
 * The job's inputs on any Hadoop file system (local files, HDFS, S3): listed on the driver in the order
 * {@code ingest} reads them (inputs in the order given, a directory's {@code .txt} and {@code .jsonl} files
 * sorted by path), and read on the executors. A file is named as {@code ingest} names it — the input as
 * given, then the path below it — because the name is part of each article's provenance and content hash.
 */
final class Inputs {

    private Inputs() {
    }

    /** One input file: its place in the listing, its URI, its name, and the URI of its directory. */
    record InputFile(int index, String uri, String name, String fileName, String dir, long bytes, boolean jsonl)
            implements Serializable {
    }

    /** The listing, the inputs that do not exist (as rejects), and each page directory's manifest bytes. */
    record Listing(List<InputFile> files, List<Unit> missing, Map<String, byte[]> manifests) implements Serializable {
    }

    static Listing list(List<String> inputs, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        List<Unit> missing = new ArrayList<>();
        Map<String, byte[]> manifests = new HashMap<>();
        try {
            for (String input : inputs) {
                String given = input.replaceAll("(?<=.)/+$", "");
                Path path = new Path(given);
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    missing.add(Unit.reject(Unit.order(files.size(), 0), given, "no such file or directory"));
                    continue;
                }
                FileStatus status = fs.getFileStatus(path);
                if (status.isDirectory()) {
                    addDirectory(fs, status.getPath(), given, files);
                } else {
                    add(status.getPath(), given, status.getLen(), files);
                }
            }
            for (InputFile f : files) {
                if (!f.jsonl() && !manifests.containsKey(f.dir())) {
                    manifests.put(f.dir(), readManifest(new Path(f.dir(), Manifest.FILE_NAME), conf));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inputs " + inputs, e);
        }
        return new Listing(files, missing, manifests);
    }

    private static void addDirectory(FileSystem fs, Path dir, String given, List<InputFile> files) throws IOException {
        List<LocatedFileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            String n = s.getPath().getName();
            if (s.isFile() && (n.endsWith(".txt") || n.endsWith(".jsonl"))) {
                found.add(s);
            }
        }
        String root = dir.toUri().getPath();
        List<String[]> named = new ArrayList<>();
        for (LocatedFileStatus s : found) {
            String below = s.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/+", "");
            named.add(new String[]{given + "/" + below, s.getPath().toString(), Long.toString(s.getLen())});
        }
        named.sort((a, b) -> a[0].compareTo(b[0]));
        for (String[] n : named) {
            add(new Path(n[1]), n[0], Long.parseLong(n[2]), files);
        }
    }

    private static void add(Path file, String name, long bytes, List<InputFile> files) {
        files.add(new InputFile(files.size(), file.toString(), name, file.getName(), file.getParent().toString(), bytes,
                file.getName().endsWith(".jsonl")));
    }

    /** The manifest's bytes, or null when the directory has none; parsed (and its errors reported) per page. */
    private static byte[] readManifest(Path file, Configuration conf) throws IOException {
        FileSystem fs = file.getFileSystem(conf);
        if (!fs.isFile(file)) {
            return null;
        }
        try (InputStream in = fs.open(file)) {
            return in.readAllBytes();
        }
    }

    /**
     * Reads one file on an executor: a page as one unit, a JSON Lines file line by line (lazily, so a large
     * file never sits in memory whole). A file that cannot be read becomes a reject naming it.
     */
    static Iterator<Unit> read(InputFile f, long maxFileBytes, Configuration conf) {
        long order = Unit.order(f.index(), 0);
        try {
            Path path = new Path(f.uri());
            FileSystem fs = path.getFileSystem(conf);
            if (f.jsonl()) {
                return new JsonLines(f, fs.open(path));
            }
            if (f.bytes() > maxFileBytes) {
                return List.of(Unit.reject(order, f.name(), "file is " + f.bytes() + " bytes, above the limit of "
                        + maxFileBytes)).iterator();
            }
            try (InputStream in = fs.open(path)) {
                return List.of(Unit.page(order, f.name(), f.fileName(), f.dir(), in.readAllBytes())).iterator();
            }
        } catch (IOException e) {
            return List.of(Unit.reject(order, f.name(), "cannot read: " + e.getMessage())).iterator();
        }
    }

    /** The lines of a JSON Lines file in strict UTF-8; an invalid byte ends the file with a reject, as in {@code ingest}. */
    private static final class JsonLines implements Iterator<Unit> {
        private final InputFile file;
        private final BufferedReader in;
        private int line;
        private Unit next;
        private boolean done;

        JsonLines(InputFile file, InputStream stream) {
            this.file = file;
            this.in = new BufferedReader(new InputStreamReader(stream,
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public Unit next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Unit u = next;
            next = null;
            return u;
        }

        private Unit advance() {
            int lineNo = line + 1;
            try {
                String text = in.readLine();
                if (text != null) {
                    line = lineNo;
                    return Unit.jsonLine(Unit.order(file.index(), lineNo), file.name(), lineNo, text);
                }
                close();
                return null;
            } catch (CharacterCodingException e) {
                close();
                return Unit.reject(Unit.order(file.index(), lineNo), file.name() + ":" + lineNo,
                        "not valid UTF-8; the rest of the file is skipped");
            } catch (IOException e) {
                close();
                return Unit.reject(Unit.order(file.index(), lineNo), file.name(), "cannot read: " + e.getMessage());
            }
        }

        private void close() {
            done = true;
            try {
                in.close();
            } catch (IOException e) {
                // nothing was lost: the lines read so far are complete
            }
        }
    }

    /** Hadoop's configuration as plain entries, so that tasks can rebuild it (Configuration is not serializable). */
    static Map<String, String> entries(Configuration conf) {
        Map<String, String> out = new HashMap<>();
        conf.forEach(e -> out.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    static Configuration configuration(Map<String, String> entries) {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
