package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Names;
import org.newsgraph.model.Participant;
import org.newsgraph.model.Participant.Role;

/**
 * Runs the constructions of constructions.txt over the items of a sentence, phase by phase: exclusions,
 * references, then contacts. Stateless and thread-safe.
 */
final class ConstructionEngine {

    /** The groups whose persons an exclude construction removes (x, and y for a second alternative). */
    private static final List<String> EXCLUDED_GROUPS = List.of("x", "y");
    private static final String IRREALIS = "FUTURE";
    private static final String BOTH = "BOTH";
    private static final String EVERYONE = "EVERYONE";
    private static final String CLAUSE_END = "BREAK";
    private static final String CLAUSE_BREAK = "COMMA";

    private final List<Construction> constructions;
    private final Map<String, String> triggerTypes;

    ConstructionEngine(List<Construction> constructions, Map<String, String> triggerTypes) {
        this.constructions = constructions;
        this.triggerTypes = triggerTypes;
    }

    static List<Construction> load(Lexicons lexicons) {
        List<String> lines = new ArrayList<>();
        lexicons.rows("constructions.txt", 1).forEach(r -> lines.add(String.join("\t", r)));
        return ConstructionFile.parse(lines);
    }

    /** The contacts a sentence reports; the sentence's items are updated by the exclude and refer phases. */
    List<Contact> contacts(SentenceItems s) {
        if (!s.has(Item.PERSON) && s.previousPersons().size() < 2) {
            return List.of();
        }
        run(s, Construction.Phase.EXCLUDE);
        run(s, Construction.Phase.REFER);
        List<Contact> out = new ArrayList<>();
        for (Construction c : constructions) {
            if (c.phase() == Construction.Phase.CONTACT && s.hasAny(c.triggers())) {
                Matcher m = c.pattern().matcher(s.encoded());
                while (m.find()) {
                    if (!irrealis(s, m)) {
                        out.addAll(contacts(c, s, m));
                    }
                }
            }
        }
        return out;
    }

    private void run(SentenceItems s, Construction.Phase phase) {
        boolean changed = false;
        for (Construction c : constructions) {
            if (c.phase() != phase || !s.hasAny(c.triggers())) {
                continue;
            }
            Matcher m = c.pattern().matcher(s.encoded());
            while (m.find()) {
                if (phase == Construction.Phase.EXCLUDE) {
                    for (String g : EXCLUDED_GROUPS) {
                        for (int i : s.group(m, g)) {
                            s.block(i);
                        }
                    }
                } else {
                    Mention ante = firstPerson(s, s.group(m, "ante"));
                    int[] ref = s.group(m, "ref");
                    if (ante != null && ref.length > 0) {
                        s.refer(ref[0], ante);
                    }
                }
                changed = true;
            }
            if (changed) {
                s.encode();
                changed = false;
            }
        }
    }

    /**
     * True when a word of a plan, wish or request (class FUTURE: 将, 希望, 计划) stands before the match in its
     * clause: 克林顿【希望】叶利钦同米洛舍维奇的会谈… reports no meeting that took place.
     */
    private static boolean irrealis(SentenceItems s, Matcher m) {
        // from the match's first item: a match that opens with the clause break (，甲和乙来到…) is not
        // in the clause before it
        int first = s.indexAt(m.start());
        for (int i = first; i >= 0; i--) {
            Item it = s.get(i);
            if (it.is(CLAUSE_END) || it.is(CLAUSE_BREAK)) {
                return false;
            }
            if (it.is(IRREALIS)) {
                return true;
            }
        }
        return false;
    }

    private static Mention firstPerson(SentenceItems s, int[] indexes) {
        for (int i : indexes) {
            if (s.get(i).isPerson()) {
                return s.get(i).person();
            }
        }
        return null;
    }

    /** One contact, or one per person of the distributed group when the sentence says 分别. */
    private List<Contact> contacts(Construction c, SentenceItems s, Matcher m) {
        int[] t = s.group(m, "t");
        if (t.length == 0) {
            return List.of();
        }
        Item trigger = s.get(t[0]);
        String type = c.type().equals("trigger") ? triggerTypes.getOrDefault(trigger.word(), "meeting") : c.type();
        Map<String, List<Participant>> byGroup = new LinkedHashMap<>();
        Set<Integer> inGroups = new HashSet<>();
        c.roles().keySet().forEach(g -> Arrays.stream(s.group(m, g)).forEach(inGroups::add));
        for (Map.Entry<String, Role> r : c.roles().entrySet()) {
            int[] items = s.group(m, r.getKey());
            if (items.length > 0 && s.get(items[0]).is(BOTH)) {
                byGroup.put(r.getKey(), sidesBefore(s, items[0], inGroups, r.getValue(), 2));
            } else if (items.length > 0 && s.get(items[0]).is(EVERYONE)) {
                byGroup.put(r.getKey(), sidesBefore(s, items[0], inGroups, r.getValue(), Integer.MAX_VALUE));
            } else {
                byGroup.put(r.getKey(), participants(s, items, r.getValue()));
            }
        }
        boolean each = s.group(m, "each").length > 0 && byGroup.containsKey(c.distribute());
        List<List<Participant>> events = new ArrayList<>();
        if (each) {
            for (Participant one : byGroup.get(c.distribute())) {
                List<Participant> ps = new ArrayList<>();
                byGroup.forEach((g, list) -> ps.addAll(g.equals(c.distribute()) ? List.of(one) : list));
                events.add(ps);
            }
        } else {
            events.add(byGroup.values().stream().flatMap(List::stream).toList());
        }
        return events.stream().map(ps -> new Contact(c.name(), type, trigger.word(), trigger.span(),
                distinct(ps), c.attach())).toList();
    }

    /**
     * 双方, 两人: the last two persons named before it in the sentence (甲和乙夜会，【两人】会晤近50分钟); 大家:
     * all of them (甲、乙和丙，【大家】在一起吃了顿饭). Persons the match already names in another role are not
     * among them (丙为【两人】颁奖). Where the sentence names nobody before 双方 or 两人, they are the last two of the
     * sentence before. None when fewer than two are found.
     */
    private static List<Participant> sidesBefore(SentenceItems s, int index, Set<Integer> inGroups, Role role, int most) {
        List<Participant> sides = new ArrayList<>();
        for (int i = index - 1; i >= 0 && sides.size() < most; i--) {
            Item it = s.get(i);
            if (it.isPerson() && !inGroups.contains(i) && sides.stream().noneMatch(p -> p.person().text().equals(it.person().text()))) {
                sides.add(0, new Participant(it.person(), role, ""));
            }
        }
        if (sides.isEmpty() && most == 2 && s.previousPersons().size() >= 2) {
            // 两国元首举行会谈 opening a sentence: the last two persons of the sentence before
            s.previousPersons().stream().map(p -> new Participant(p, role, "")).filter(p -> sides.stream()
                    .noneMatch(o -> o.person().text().equals(p.person().text()))).forEach(sides::add);
            return sides.subList(Math.max(0, sides.size() - 2), sides.size());
        }
        return sides.size() >= 2 ? sides : List.of();
    }

    /**
     * The persons of a group, each with the title written before it (法国总统) or after it (李明总统). A
     * surname alone (王老师 with no 王 named in the article) names nobody in particular and is left out.
     */
    private static List<Participant> participants(SentenceItems s, int[] indexes, Role role) {
        List<Participant> out = new ArrayList<>();
        for (int k = 0; k < indexes.length; k++) {
            Item it = s.get(indexes[k]);
            if (it.isPerson() && Names.compact(it.person().text()).codePointCount(0,
                    Names.compact(it.person().text()).length()) > 1) {
                out.add(new Participant(it.person(), role, title(s, indexes, k)));
            }
        }
        return out;
    }

    private static String title(SentenceItems s, int[] indexes, int k) {
        Item person = s.get(indexes[k]);
        if (!person.person().span().equals(person.span())) {
            return person.word().substring(person.word().offsetByCodePoints(0, 1));
        }
        int from = k;
        while (from > 0 && isDescriptor(s.get(indexes[from - 1]), from - 1 > 0 ? s.get(indexes[from - 2]) : null)) {
            from--;
        }
        int to = k;
        while (to + 1 < indexes.length && s.get(indexes[to + 1]).is("TITLE")) {
            to++;
        }
        StringBuilder t = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (i != k) {
                t.append(s.get(indexes[i]).word());
            }
        }
        return t.toString().replaceFirst("^、", "");
    }

    /** A title, organisation, place or 兼 before a name; a 、 only between two of those (a title chain). */
    private static boolean isDescriptor(Item item, Item before) {
        if (item.is("DUN")) {
            return before != null && (before.is("TITLE") || before.is("ORG"));
        }
        return item.is("TITLE") || item.is("ORG") || item.is("PLACE") || item.is("JIAN");
    }

    /**
     * One entry per person, in the order of the text; a name that is the start of another participant's
     * name (许嘉 beside 许嘉璐, a recogniser's cut) is the same person.
     */
    private static List<Participant> distinct(List<Participant> ps) {
        Map<String, Participant> by = new LinkedHashMap<>();
        for (Participant p : ps) {
            by.putIfAbsent(Names.spelling(p.person().text()), p);
        }
        return by.values().stream()
                .filter(p -> by.keySet().stream().noneMatch(o -> o.length() > Names.spelling(p.person().text()).length()
                        && o.startsWith(Names.spelling(p.person().text()))))
                .sorted(Comparator.comparing(p -> p.person().span())).toList();
    }
}
