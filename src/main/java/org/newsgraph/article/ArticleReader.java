package org.newsgraph.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.model.Article;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/**
 * Turns input paths into articles: {@code .txt} pages (split into articles), directories of them, and
 * {@code .jsonl} files of {@code {"id","text","published"?,"jurisdiction"?}} records (one article each).
 *
 * <p>Every problem is reported as a {@link Reject} naming the file (and line) and the batch goes on:
 * invalid UTF-8, empty, binary or oversized input, malformed JSON, missing fields.
 */
public final class ArticleReader {

    private final PageSplitter splitter = new PageSplitter();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final PublicationDateGuesser guesser = new PublicationDateGuesser();
    private final ObjectMapper json = new ObjectMapper();
    private final long maxFileBytes;
    private final Jurisdiction defaultJurisdiction;

    /**
     * @param maxFileBytes pages above this many bytes (and JSON lines above this many characters) are
     *                     rejected, not extracted
     * @param defaultJurisdiction used when neither a manifest nor the record names one
     */
    public ArticleReader(long maxFileBytes, Jurisdiction defaultJurisdiction) {
        this.maxFileBytes = maxFileBytes;
        this.defaultJurisdiction = defaultJurisdiction;
    }

    public ArticleReader() {
        this(32L * 1024 * 1024, Jurisdiction.NONE);
    }

    /**
     * Reads every input in order (directories sorted by path), streaming one article at a time. An id seen
     * twice in one read (the same file name in two folders, a repeated JSON Lines id) is rejected the
     * second time, so that one article never silently replaces another.
     */
    public void read(List<Path> inputs, Consumer<Article> articles, Consumer<Reject> rejects) {
        Map<String, String> seen = new HashMap<>();
        Consumer<Article> unique = a -> {
            String first = seen.putIfAbsent(a.id(), a.source().file());
            if (first == null) {
                articles.accept(a);
            } else {
                rejects.accept(new Reject(a.source().file() + (a.source().line() == null ? "" : ":" + a.source().line()),
                        "duplicate article id " + a.id() + " (first read from " + first + ")"));
            }
        };
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path file : listInputs(input, rejects)) {
                    readFileSafely(file, unique, rejects);
                }
            } else if (Files.isRegularFile(input)) {
                readFileSafely(input, unique, rejects);
            } else {
                rejects.accept(new Reject(input.toString(), "no such file or directory"));
            }
        }
    }

    /** One file's problems, whatever they are, stay that file's. */
    private void readFileSafely(Path file, Consumer<Article> articles, Consumer<Reject> rejects) {
        try {
            readFile(file, articles, rejects);
        } catch (RuntimeException e) {
            rejects.accept(new Reject(file.toString(), "cannot be read: " + e));
        }
    }

    private static List<Path> listInputs(Path dir, Consumer<Reject> rejects) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".jsonl"))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            rejects.accept(new Reject(dir.toString(), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
    }

    private void readFile(Path file, Consumer<Article> articles, Consumer<Reject> rejects) {
        if (file.toString().endsWith(".jsonl")) {
            readJsonLines(file, articles, rejects);
        } else {
            readPage(file, articles, rejects);
        }
    }

    /** Reads one page and emits its articles. */
    public void readPage(Path file, Consumer<Article> articles, Consumer<Reject> rejects) {
        String name = file.toString();
        byte[] bytes;
        Manifest manifest;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                rejects.accept(new Reject(name, "file is " + size + " bytes, above the limit of " + maxFileBytes));
                return;
            }
            bytes = Files.readAllBytes(file);
            manifest = Manifest.forDirectory(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            rejects.accept(new Reject(name, e.getMessage()));
            return;
        }
        readPage(name, file.getFileName().toString(), bytes, manifest, articles, rejects);
    }

    /**
     * Reads one page's bytes, however they were fetched (the Spark job reads them from any Hadoop file
     * system), and emits its articles.
     *
     * @param name the file as the articles' source names it
     * @param fileName the file's own name: the page id, and its key in the manifest
     * @param manifest the manifest of the page's directory ({@link Manifest#NONE} when there is none)
     */
    public void readPage(String name, String fileName, byte[] bytes, Manifest manifest, Consumer<Article> articles,
                         Consumer<Reject> rejects) {
        if (bytes.length > maxFileBytes) {
            rejects.accept(new Reject(name, "file is " + bytes.length + " bytes, above the limit of " + maxFileBytes));
            return;
        }
        String page;
        try {
            page = normalizer.normalize(decode(bytes));
        } catch (InputProblem e) {
            rejects.accept(new Reject(name, e.getMessage()));
            return;
        }
        Optional<LocalDate> given = manifest.publishedOf(fileName);
        LocalDate published = given.or(() -> guesser.guess(page)).orElse(null);
        Jurisdiction jurisdiction = manifest.jurisdiction().isKnown() ? manifest.jurisdiction() : defaultJurisdiction;
        splitPage(fileName.replaceFirst("\\.txt$", ""), page, published, given.isEmpty(), manifest.publisher(),
                jurisdiction, name).forEach(articles);
    }

    /** Splits one page's text into articles with ids {@code <pageId>-NN} and their spans in the page. */
    public List<Article> splitPage(String pageId, String page, LocalDate published, boolean dateInferred,
                                   String publisher, Jurisdiction jurisdiction, String file) {
        List<Article> out = new ArrayList<>();
        List<PageSplitter.Block> blocks = splitter.split(page);
        for (int i = 0; i < blocks.size(); i++) {
            PageSplitter.Block block = blocks.get(i);
            out.add(new Article(String.format("%s-%02d", pageId, i + 1), Text.slice(page, block.pageSpan()),
                    published, dateInferred, publisher, jurisdiction,
                    new Article.Source(file, block.pageSpan(), null), block.sections(), block.headlineElsewhere()));
        }
        return out;
    }

    private void readJsonLines(Path file, Consumer<Article> articles, Consumer<Reject> rejects) {
        String name = file.toString();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            int lineNo = 0;
            String line;
            while ((line = readLineSafely(in, name, lineNo + 1, rejects)) != null) {
                lineNo++;
                readJsonLine(name, lineNo, line, articles, rejects);
            }
        } catch (IOException e) {
            rejects.accept(new Reject(name, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Reads one line of a JSON Lines file ({@code lineNo} counts from 1): a record becomes an article, a
     * blank line nothing, anything else a reject naming {@code file:lineNo}.
     */
    public void readJsonLine(String file, int lineNo, String line, Consumer<Article> articles, Consumer<Reject> rejects) {
        String record = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line; // a BOM, as some editors write
        if (record.isBlank()) {
            return;
        }
        if (record.length() > maxFileBytes) {
            rejects.accept(new Reject(file + ":" + lineNo, "line longer than " + maxFileBytes + " characters"));
            return;
        }
        try {
            articles.accept(parseRecord(record, file, lineNo));
        } catch (InputProblem e) {
            rejects.accept(new Reject(file + ":" + lineNo, e.getMessage()));
        }
    }

    private static String readLineSafely(BufferedReader in, String name, int lineNo, Consumer<Reject> rejects)
            throws IOException {
        try {
            return in.readLine();
        } catch (CharacterCodingException e) {
            rejects.accept(new Reject(name + ":" + lineNo, "not valid UTF-8; the rest of the file is skipped"));
            return null;
        }
    }

    private Article parseRecord(String line, String file, int lineNo) throws InputProblem {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputProblem("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InputProblem("expected a JSON object");
        }
        String id = node.path("id").isValueNode() ? node.path("id").asText("") : "";
        if (id.isBlank()) {
            throw new InputProblem("missing \"id\"");
        }
        if (!node.path("text").isTextual() || node.path("text").asText().isBlank()) {
            throw new InputProblem("record " + id + ": missing or empty \"text\"");
        }
        String text = normalizer.normalize(node.path("text").asText());
        checkNotBinary(text);
        ArticleMeta meta;
        try {
            meta = ArticleMeta.parse(node, "record " + id, defaultJurisdiction);
        } catch (ArticleMeta.BadField e) {
            throw new InputProblem(e.getMessage());
        }
        if (meta.published() == null) {
            meta = meta.withInferredDate(guesser.guess(text).orElse(null));
        }
        int len = Text.length(text);
        return new Article(id, text, meta.published(), meta.publishedInferred(), meta.publisher(), meta.jurisdiction(),
                new Article.Source(file, null, lineNo), List.of(new Section(Section.Kind.BODY, new Span(0, len))));
    }

    /**
     * Strict UTF-8 (a BOM is dropped); failing that, GB18030 (which covers GBK and GB2312) when the result
     * reads as Chinese text; otherwise the file is rejected as of unknown encoding. Empty and binary
     * content is rejected too.
     */
    static String decode(byte[] bytes) throws InputProblem {
        if (bytes.length == 0) {
            throw new InputProblem("empty file");
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            if (indexOfNul(bytes) >= 0) {
                throw new InputProblem("binary file (contains NUL bytes), not a text page");
            }
            text = decodeGb18030(bytes).orElseThrow(() -> new InputProblem(
                    "encoding could not be determined: neither UTF-8 nor GBK/GB18030 Chinese text; convert it to UTF-8"));
        }
        checkNotBinary(text);
        if (text.isBlank()) {
            throw new InputProblem("empty file (only whitespace)");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** GB18030 decoding, accepted only when nearly every character is Chinese, ASCII or punctuation. */
    private static Optional<String> decodeGb18030(byte[] bytes) {
        String text;
        try {
            text = java.nio.charset.Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        long plausible = text.codePoints().filter(cp -> Character.isIdeographic(cp) || cp < 0x80
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF || cp == 0x201C || cp == 0x201D).count();
        long total = text.codePointCount(0, text.length());
        return plausible >= total * 0.95 ? Optional.of(text) : Optional.empty();
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void checkNotBinary(String text) throws InputProblem {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputProblem("binary content (contains NUL characters)");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        if (control > 0 && control * 20 > text.length()) {
            throw new InputProblem("binary content (" + control + " control characters)");
        }
    }

    /** A problem with one input record; becomes a {@link Reject}. */
    static final class InputProblem extends Exception {
        InputProblem(String message) {
            super(message);
        }
    }

    /** Convenience for callers that want everything in memory (tests, small batches). */
    public List<Article> readAll(List<Path> inputs, List<Reject> rejects) {
        List<Article> out = new ArrayList<>();
        read(inputs, out::add, rejects::add);
        return out;
    }
}
