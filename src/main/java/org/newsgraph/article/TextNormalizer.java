package org.newsgraph.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Normalises input text without moving any offset: traditional characters become simplified ones
 * (優勢 → 优势; one character for one, from {@code lexicon/traditional-simplified.tsv}), full-width digits and
 * Latin letters become ASCII (２０２１ → 2021). Chinese punctuation and the full-width space that pads
 * names in bylines are kept.
 */
public final class TextNormalizer {

    private final Map<Integer, Integer> simplified = new HashMap<>();

    public TextNormalizer() {
        try (InputStream in = TextNormalizer.class.getResourceAsStream("/lexicon/traditional-simplified.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /lexicon/traditional-simplified.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && line.contains("\t")) {
                    String[] cols = line.split("\t");
                    simplified.put(cols[0].codePointAt(0), cols[1].codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String normalize(String text) {
        StringBuilder sb = null;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int mapped = map(cp);
            if (mapped != cp && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.appendCodePoint(mapped);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    private int map(int cp) {
        if (cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A) {
            return cp - 0xFEE0; // full-width digits and letters
        }
        if (cp == 0xFF0E) {
            return '.'; // full-width full stop inside numbers such as ３６２．８３
        }
        return simplified.getOrDefault(cp, cp);
    }
}
