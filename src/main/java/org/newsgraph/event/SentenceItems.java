package org.newsgraph.event;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.newsgraph.model.Mention;

/**
 * The items of one sentence and their encoding for {@link ConstructionPattern}: {@code {word| C1 C2 }}
 * per item. The exclude and refer phases change items in place (a blocked person loses PER, a quoted 我
 * gains it), then the sentence is encoded again for the next phase.
 */
final class SentenceItems {

    /** The class of a word that has no other: W in patterns. */
    static final String PLAIN_WORD = "W";

    private final Item[] items;
    private int[] starts = new int[0];
    private String encoded;
    /** The classes that occur in the sentence, so that a rule whose trigger is absent is not tried. */
    private final Set<String> present = new HashSet<>();

    /** The persons of the sentence before, which 双方 and 两国元首 at the start of this one may stand for. */
    private final List<Mention> previousPersons;

    SentenceItems(List<Item> items, List<Mention> previousPersons) {
        this.items = items.toArray(Item[]::new);
        this.previousPersons = List.copyOf(previousPersons);
        encode();
    }

    List<Mention> previousPersons() {
        return previousPersons;
    }

    String encoded() {
        return encoded;
    }

    List<Item> items() {
        return List.of(items);
    }

    boolean has(String cls) {
        return present.contains(cls);
    }

    /** True when some item has one of these classes, or none are asked for. */
    boolean hasAny(Set<String> classes) {
        if (classes.isEmpty()) {
            return true;
        }
        for (String c : classes) {
            if (present.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The indexes of the items a named group of a match covers; empty when the group did not take part. */
    int[] group(Matcher m, String name) {
        int from;
        int to;
        try {
            from = m.start(name);
            to = m.end(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return new int[0];
        }
        if (from < 0) {
            return new int[0];
        }
        int first = indexAt(from);
        int last = indexAt(to - 1);
        int[] out = new int[Math.max(0, last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = first + i;
        }
        return out;
    }

    Item get(int index) {
        return items[index];
    }

    /** The person at {@code index} no longer counts as one (a reporter, a name inside a name). */
    void block(int index) {
        Item i = items[index];
        if (i.is(Item.PERSON)) {
            Set<String> classes = new HashSet<>(i.classes());
            classes.remove(Item.PERSON);
            classes.add("BLOCKED");
            items[index] = new Item(i.span(), i.word(), Set.copyOf(classes), null);
        }
    }

    /** The item at {@code index} (a quoted 我) stands for this person. */
    void refer(int index, Mention person) {
        Item i = items[index];
        Set<String> classes = new HashSet<>(i.classes());
        classes.add(Item.PERSON);
        items[index] = new Item(i.span(), i.word(), Set.copyOf(classes), person);
    }

    void encode() {
        StringBuilder sb = new StringBuilder();
        starts = new int[items.length];
        present.clear();
        for (int k = 0; k < items.length; k++) {
            starts[k] = sb.length();
            sb.append('{');
            appendWord(sb, items[k].word());
            sb.append("| ");
            for (String c : items[k].classes()) {
                sb.append(c).append(' ');
            }
            if (items[k].classes().isEmpty()) {
                sb.append(PLAIN_WORD).append(' ');
            }
            present.addAll(items[k].classes());
            sb.append('}');
        }
        encoded = sb.toString();
    }

    /** The word with the encoding's own marks ({, }, |) replaced, so that a word cannot break an item apart. */
    private static void appendWord(StringBuilder sb, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(c == '{' || c == '}' || c == '|' ? '_' : c);
        }
    }

    /** The index of the item at a character offset of the encoding. */
    int indexAt(int charOffset) {
        int i = Arrays.binarySearch(starts, charOffset);
        return i >= 0 ? i : -i - 2;
    }
}
