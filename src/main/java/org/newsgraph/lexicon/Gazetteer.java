package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Division;
import org.newsgraph.model.DivisionHierarchy;

/**
 * GB/T 2260 administrative divisions with their containment hierarchy, plus named natural places, zones
 * and landmarks. Looks names up in full (清徐县) and in short form (清徐) and resolves ambiguous names
 * against a jurisdiction: a name inside the paper's city wins over the same name elsewhere.
 */
public final class Gazetteer implements DivisionHierarchy {

    /** A named place outside the division list (汾河, 天龙山), with the division that contains it. */
    public record Landmark(String name, String kind, String within) {
    }

    private static final String[] SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区",
        "自治州", "自治县", "街道办事处", "街道", "省", "市", "县", "区", "盟", "旗", "镇", "乡"};

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byFullName = new HashMap<>();
    private final Map<String, List<Division>> byShortName = new HashMap<>();
    private final Map<String, Landmark> landmarks = new HashMap<>();

    public Gazetteer(List<String[]> divisionRows, List<String[]> landmarkRows) {
        for (String[] r : divisionRows) {
            if (r[0].equals(r[3]) || r[1].contains("直辖村级区划")) {
                continue; // 东莞市 etc. repeat the city as its own county; placeholders are no places
            }
            Division d = new Division(r[0], r[1], r[2], r[3]);
            byCode.put(d.code(), d);
            byFullName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
        }
        for (Division d : byCode.values()) {
            if (d.name().startsWith("市辖") || d.name().equals("县") || d.name().equals("省直辖县级行政区划")) {
                continue;
            }
            String shortName = shortForm(d.name());
            // short forms of towns are too often ordinary words; keep them for levels above town only
            if (!shortName.equals(d.name()) && shortName.length() >= 2 && !d.level().equals("town")) {
                byShortName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(d);
            }
        }
        for (String[] r : landmarkRows) {
            landmarks.put(r[0], new Landmark(r[0], r[1], r[2]));
        }
    }

    public static Gazetteer load(Lexicons lexicons) {
        return new Gazetteer(lexicons.rows("places-gbt2260.tsv", 4), lexicons.rows("natural-places.tsv", 3));
    }

    static String shortForm(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Landmark> landmark(String name) {
        return Optional.ofNullable(landmarks.get(name));
    }

    public boolean isFullName(String name) {
        return byFullName.containsKey(name);
    }

    public boolean isShortName(String name) {
        return byShortName.containsKey(name);
    }

    /** All names the recogniser should look for: full names, short forms and landmarks. */
    public Iterable<String> allNames() {
        List<String> names = new ArrayList<>(byFullName.keySet());
        names.addAll(byShortName.keySet());
        names.addAll(landmarks.keySet());
        return names;
    }

    /** Resolves a name (full or short) to one division, preferring divisions inside {@code jurisdiction}. */
    public Optional<Division> resolve(String name, String jurisdiction) {
        List<Division> candidates = new ArrayList<>(byFullName.getOrDefault(name, List.of()));
        if (candidates.isEmpty()) {
            candidates.addAll(byShortName.getOrDefault(name, List.of()));
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        for (String scope : scopes(jurisdiction)) {
            List<Division> inside = candidates.stream().filter(d -> within(d.code(), scope)).toList();
            if (inside.size() == 1) {
                return Optional.of(inside.get(0));
            }
        }
        // prefer the highest level when the same name is a city and a county (e.g. 吕梁市 vs 吕梁)
        List<Division> top = candidates.stream().filter(d -> !d.level().equals("town")).toList();
        return top.size() == 1 ? Optional.of(top.get(0)) : Optional.empty();
    }

    /** The jurisdiction and its ancestors, innermost first. */
    private List<String> scopes(String jurisdiction) {
        List<String> scopes = new ArrayList<>();
        for (Division d : ancestorsAndSelf(jurisdiction)) {
            scopes.add(d.code());
        }
        return scopes;
    }

    /** True when {@code code} is {@code scope} or lies inside it. */
    public boolean within(String code, String scope) {
        String c = code;
        while (c != null && !c.isEmpty()) {
            if (c.equals(scope)) {
                return true;
            }
            Division d = byCode.get(c);
            c = d == null ? null : d.parent();
        }
        return false;
    }

    @Override
    public List<Division> ancestorsAndSelf(String code) {
        List<Division> chain = new ArrayList<>();
        Division d = code == null ? null : byCode.get(code);
        while (d != null) {
            chain.add(d);
            d = d.parent().isEmpty() ? null : byCode.get(d.parent());
        }
        return chain;
    }

    /** The province containing a division (or the division itself when it is one). */
    public Optional<Division> province(String code) {
        List<Division> chain = ancestorsAndSelf(code);
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
    }
}
