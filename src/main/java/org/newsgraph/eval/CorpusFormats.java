package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Readers for the public NER corpora, giving gold documents with code-point spans:
 * People's Daily 1998 in character-per-line BIO ({@code 人 B-PER}), and CLUENER2020 JSON lines
 * ({@code {"text", "label": {type: {surface: [[start, end_inclusive]]}}}}).
 *
 * <p>The held-out split is fixed and never trained on: in People's Daily {@code test.bio} every fourth
 * sentence (index % 4 == 3), in CLUENER {@code train.json} every tenth line (index % 10 == 9).
 * {@code dev.bio} is all training data. For tuning, a development part is cut from the training part
 * (every tenth sentence, index % 10 == 5, of each file): {@code train-ner --without-dev} leaves it out and
 * {@code eval --part dev} scores on it, so that choices are made without looking at the held-out part.
 */
public final class CorpusFormats {

    /** Which part of a corpus to read. */
    public enum Part { TRAIN, HELD_OUT, ALL, DEV, TRAIN_WITHOUT_DEV }

    private CorpusFormats() {
    }

    /** Reads a corpus file by format name: {@code bio} (People's Daily) or {@code cluener}. */
    public static List<GoldDocument> read(Path file, String format, Part part, Map<String, String> labelMap)
            throws IOException {
        return switch (format) {
            case "bio" -> readBio(file, part, labelMap);
            case "cluener" -> readCluener(file, part, labelMap);
            default -> throw new IllegalArgumentException("unknown corpus format " + format + " (bio, cluener)");
        };
    }

    private static IntPredicate selector(Path file, Part part, int every) {
        // People's Daily dev.bio is all training data; every other corpus file is split
        boolean splittable = !file.getFileName().toString().equals("dev.bio");
        IntPredicate train = i -> !splittable || i % every != every - 1;
        IntPredicate dev = i -> train.test(i) && i % 10 == 5;
        return switch (part) {
            case ALL -> i -> true;
            case HELD_OUT -> i -> !train.test(i);
            case TRAIN -> train;
            case DEV -> dev;
            case TRAIN_WITHOUT_DEV -> i -> train.test(i) && !dev.test(i);
        };
    }

    public static List<GoldDocument> readBio(Path file, Part part, Map<String, String> labelMap) throws IOException {
        IntPredicate keep = selector(file, part, 4);
        List<GoldDocument> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<GoldDocument.Entity> entities = new ArrayList<>();
        int[] index = {0};
        int start = -1;
        String type = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int pos = 0;
            while (true) {
                line = in.readLine();
                boolean end = line == null || line.isBlank();
                if (!end) {
                    String[] parts = line.split("\\s+");
                    String ch = parts[0];
                    String tag = parts.length > 1 ? parts[1] : "O";
                    if (type != null && !tag.equals("I-" + type)) {
                        add(entities, start, pos, type, labelMap);
                        type = null;
                    }
                    if (tag.startsWith("B-") || tag.startsWith("I-") && type == null) {
                        start = pos;
                        type = tag.substring(2);
                    }
                    text.append(ch);
                    pos += ch.codePointCount(0, ch.length());
                    continue;
                }
                if (type != null) {
                    add(entities, start, pos, type, labelMap);
                    type = null;
                }
                if (text.length() > 0) {
                    if (keep.test(index[0])) {
                        docs.add(doc(file, index[0], text.toString(), entities));
                    }
                    index[0]++;
                }
                text.setLength(0);
                entities = new ArrayList<>();
                pos = 0;
                if (line == null) {
                    break;
                }
            }
        }
        return docs;
    }

    public static List<GoldDocument> readCluener(Path file, Part part, Map<String, String> labelMap) throws IOException {
        IntPredicate keep = selector(file, part, 10);
        ObjectMapper json = new ObjectMapper();
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int i = 0;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (keep.test(i)) {
                    JsonNode n = json.readTree(line);
                    String text = n.path("text").asText();
                    List<GoldDocument.Entity> entities = new ArrayList<>();
                    for (Iterator<Map.Entry<String, JsonNode>> types = n.path("label").fields(); types.hasNext(); ) {
                        Map.Entry<String, JsonNode> t = types.next();
                        for (JsonNode spans : t.getValue()) {
                            for (JsonNode s : spans) {
                                // CLUENER offsets (written by Python) count code points; the end is inclusive
                                int length = text.codePointCount(0, text.length());
                                int from = Math.min(length, s.get(0).asInt());
                                int to = Math.min(length, s.get(1).asInt() + 1);
                                add(entities, from, to, t.getKey(), labelMap);
                            }
                        }
                    }
                    entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
                    docs.add(doc(file, i, text, entities));
                }
                i++;
            }
        }
        return docs;
    }

    private static void add(List<GoldDocument.Entity> entities, int start, int end, String type, Map<String, String> map) {
        String mapped = map.isEmpty() ? type : map.get(type);
        if (mapped != null && end > start) {
            entities.add(new GoldDocument.Entity(start, end, mapped));
        }
    }

    private static GoldDocument doc(Path file, int index, String text, List<GoldDocument.Entity> entities) {
        return new GoldDocument(file.getFileName() + "#" + index, text, null, "", "", List.copyOf(entities),
                List.of(), List.of());
    }
}
