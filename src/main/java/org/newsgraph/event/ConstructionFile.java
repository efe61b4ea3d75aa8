package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Participant.Role;

/** Reads constructions.txt: {@code define} lines, then {@code construction} blocks of indented keys. */
final class ConstructionFile {

    private final Map<String, String> defines = new LinkedHashMap<>();
    private final List<Construction> constructions = new ArrayList<>();
    private Block block;

    /** A construction while its lines are being read. */
    private static final class Block {
        final String name;
        String phase = "contact";
        String type = "";
        String pattern;
        final Map<String, Role> roles = new LinkedHashMap<>();
        String distribute = "";
        Construction.Attach attach = Construction.Attach.NONE;
        final List<Construction.Example> examples = new ArrayList<>();

        Block(String name) {
            this.name = name;
        }
    }

    static List<Construction> parse(List<String> lines) {
        ConstructionFile file = new ConstructionFile();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                file.read(line);
            }
        }
        file.finish();
        return List.copyOf(file.constructions);
    }

    private void read(String line) {
        String[] kv = line.strip().split("\\s+", 2);
        String value = kv.length > 1 ? kv[1].strip() : "";
        switch (kv[0]) {
            case "define" -> {
                String[] nv = value.split("\\s+", 2);
                defines.put(nv[0], nv[1]);
            }
            case "construction" -> {
                finish();
                block = new Block(value);
            }
            case "phase" -> current(line).phase = value;
            case "type" -> current(line).type = value;
            case "pattern" -> current(line).pattern = value;
            case "roles" -> Arrays.stream(value.split("\\s+")).map(r -> r.split("="))
                    .forEach(r -> current(line).roles.put(r[0], Role.valueOf(r[1].toUpperCase(Locale.ROOT))));
            case "distribute" -> current(line).distribute = value;
            case "attach" -> current(line).attach = value.equals("earlier") ? Construction.Attach.EARLIER
                    : Construction.Attach.SENTENCE;
            case "example" -> current(line).examples.add(example(value));
            default -> throw new IllegalArgumentException("constructions.txt: cannot read line: " + line);
        }
    }

    private Block current(String line) {
        if (block == null) {
            throw new IllegalArgumentException("constructions.txt: key outside a construction: " + line);
        }
        return block;
    }

    private static Construction.Example example(String value) {
        boolean positive = value.startsWith("+");
        String[] parts = value.substring(1).split("=>", 2);
        List<String> pairs = parts.length < 2 ? List.of()
                : Arrays.stream(parts[1].split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new Construction.Example(parts[0].strip(), positive, pairs);
    }

    private void finish() {
        if (block == null) {
            return;
        }
        if (block.pattern == null) {
            throw new IllegalArgumentException("constructions.txt: construction " + block.name + " has no pattern");
        }
        Set<String> triggers = new LinkedHashSet<>();
        Construction.Phase phase = Construction.Phase.valueOf(block.phase.toUpperCase(Locale.ROOT));
        constructions.add(new Construction(block.name, phase, block.type,
                ConstructionPattern.compile(block.pattern, defines, triggers), Set.copyOf(triggers),
                Collections.unmodifiableMap(block.roles), block.distribute, block.attach, List.copyOf(block.examples)));
        block = null;
    }
}
