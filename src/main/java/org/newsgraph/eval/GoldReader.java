package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.article.ArticleMeta;
import org.newsgraph.model.Jurisdiction;

/**
 * Reads gold JSON Lines. A label map renames gold types to newsgraph's (PER → PERSON, name → PERSON);
 * gold types the map sends to nothing are dropped. Without a map, types are taken as they are.
 */
public final class GoldReader {

    private final Map<String, String> labelMap;
    private final ObjectMapper json = new ObjectMapper();

    public GoldReader(Map<String, String> labelMap) {
        this.labelMap = Map.copyOf(labelMap);
    }

    /** Label maps for the public corpora: People's Daily (PER/LOC/ORG) and CLUENER2020. */
    public static Map<String, String> preset(String name) {
        return switch (name) {
            case "pd98" -> Map.of("PER", "PERSON", "LOC", "PLACE", "ORG", "ORGANIZATION");
            case "cluener" -> Map.of("name", "PERSON", "position", "TITLE", "government", "ORGANIZATION",
                    "organization", "ORGANIZATION", "company", "ORGANIZATION", "address", "PLACE", "scene", "PLACE");
            case "none" -> Map.of();
            default -> throw new IllegalArgumentException("unknown label map " + name + " (pd98, cluener, none)");
        };
    }

    public List<GoldDocument> read(Path file) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    try {
                        docs.add(parse(json.readTree(line)));
                    } catch (IOException | RuntimeException e) {
                        throw new IOException(file + ":" + lineNo + ": bad gold record: " + e.getMessage(), e);
                    }
                }
            }
        }
        return docs;
    }

    private GoldDocument parse(JsonNode n) {
        List<GoldDocument.Entity> entities = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            String type = e.path("type").asText();
            String mapped = labelMap.isEmpty() ? type : labelMap.get(type);
            if (mapped != null) {
                entities.add(new GoldDocument.Entity(e.path("start").asInt(), e.path("end").asInt(), mapped));
            }
        }
        List<GoldDocument.Official> officials = new ArrayList<>();
        for (JsonNode o : n.path("officials")) {
            List<GoldDocument.Post> posts = new ArrayList<>();
            for (JsonNode p : o.path("posts")) {
                posts.add(new GoldDocument.Post(p.path("title").asText(),
                        p.path("organization").isNull() ? null : p.path("organization").asText(null)));
            }
            officials.add(new GoldDocument.Official(o.path("start").asInt(), o.path("end").asInt(),
                    o.path("person").asText(), posts));
        }
        List<GoldDocument.Event> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            List<GoldDocument.Participant> ps = new ArrayList<>();
            for (JsonNode p : e.path("participants")) {
                ps.add(new GoldDocument.Participant(p.path("name").asText(), p.path("role").asText()));
            }
            events.add(new GoldDocument.Event(e.path("type").asText(), e.path("date").asText(null), ps));
        }
        ArticleMeta meta = ArticleMeta.parse(n, "gold record " + n.path("id").asText(), Jurisdiction.NONE);
        return new GoldDocument(n.path("id").asText(), n.path("text").asText(""), meta.published(), meta.publisher(),
                meta.jurisdiction().code(), entities, officials, events);
    }

    /** Merges gold files about the same documents (entities in one, events in another) by id. */
    public static List<GoldDocument> join(List<GoldDocument> entities, List<GoldDocument> events) {
        Map<String, GoldDocument> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        List<GoldDocument> out = new ArrayList<>();
        for (GoldDocument d : entities) {
            GoldDocument ev = byId.get(d.id());
            out.add(ev == null ? d : new GoldDocument(d.id(), d.text(), d.published(), d.publisher(),
                    d.jurisdiction(), d.entities(), d.officials(), ev.events()));
        }
        return out;
    }
}
