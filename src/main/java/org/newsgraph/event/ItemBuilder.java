package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Names;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Cuts a sentence into {@link Item}s: mentions first, then in the gaps the words of contact-words.tsv
 * and titles.tsv where the segmenter has a boundary on both sides, then the segmenter's other words. A surname followed
 * by a title (王主席) becomes a person item for the one person of the article with that surname.
 */
final class ItemBuilder {

    /** Words of three or more characters are taken even where the segmenter cut differently (通电/话). */
    private static final int FREE_LENGTH = 3;
    private static final String PRONOUN = "PRONOUN";

    private final DictionaryMatcher<Set<String>> words;
    private final Set<String> surnames;
    /**
     * One-character conjunctions (和, 与, 同): a word of their own before a name, title, place or organisation
     * even where the segmenter glued them on (席【和】贾米森, 在首|尔【同】韩国总理).
     */
    private final Set<Integer> conjunctions;
    /** Conjunctions the segmenter glues onto the next word (【及】招商地产): class CLITIC. */
    private final Set<Integer> clitics;

    /**
     * @param wordRows contact-words.tsv: word, classes
     * @param titleRows titles.tsv: a title the recognisers did not mark (美国【总统】克林顿) is still a TITLE here
     * @param surnameRows surnames.tsv
     */
    ItemBuilder(List<String[]> wordRows, List<String[]> titleRows, List<String[]> surnameRows) {
        Map<String, Set<String>> classes = new HashMap<>();
        for (String[] r : wordRows) {
            classes.computeIfAbsent(r[0], w -> new HashSet<>()).addAll(Arrays.asList(r[1].split(",")));
        }
        titleRows.forEach(r -> classes.computeIfAbsent(r[0], w -> new HashSet<>()).add("TITLE"));
        this.words = new DictionaryMatcher<>();
        classes.forEach((w, c) -> words.add(w, Set.copyOf(c)));
        this.surnames = new HashSet<>();
        surnameRows.forEach(r -> surnames.add(r[0]));
        this.conjunctions = new HashSet<>();
        this.clitics = new HashSet<>();
        classes.forEach((w, c) -> {
            if (w.codePointCount(0, w.length()) == 1 && (c.contains("AND") || c.contains("WITH"))) {
                conjunctions.add(w.codePointAt(0));
            }
            if (w.codePointCount(0, w.length()) == 1 && c.contains("CLITIC")) {
                clitics.add(w.codePointAt(0));
            }
        });
    }

    /** The person mentions of an article by surname, where the surname names exactly one person. */
    Map<String, Mention> uniqueBySurname(List<Mention> persons) {
        Map<String, Mention> by = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention p : persons) {
            String name = Names.compact(p.text());
            if (name.codePointCount(0, name.length()) < 2 || name.contains("·")) {
                continue;
            }
            String surname = name.substring(0, name.offsetByCodePoints(0, 1));
            Mention old = by.putIfAbsent(surname, p);
            if (old != null && !Names.compact(old.text()).equals(name)) {
                ambiguous.add(surname);
            }
        }
        ambiguous.forEach(by::remove);
        return by;
    }

    /**
     * @param cps the article text as code points
     * @param mentions the mentions inside the sentence, by start
     * @param tokens the segmenter's words overlapping the sentence, by start
     */
    SentenceItems build(int[] cps, Span sentence, List<Mention> mentions, List<Token> tokens,
                        Map<String, Mention> bySurname, List<Mention> previousPersons) {
        boolean[] boundary = boundaries(cps, sentence, tokens, mentions);
        List<Item> items = new ArrayList<>();
        int at = sentence.start();
        for (Mention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            words(cps, at, m.start(), boundary, sentence.start(), items);
            items.add(mentionItem(m));
            at = m.end();
        }
        words(cps, at, sentence.end(), boundary, sentence.start(), items);
        Mention previousSubject = previousPersons.isEmpty() ? null : previousPersons.get(0);
        return new SentenceItems(pronouns(honorifics(items, bySurname), previousSubject), previousPersons);
    }

    /**
     * A mention as an item of its type; a title that is also a class word keeps that class too (记者 is a
     * TITLE and a REPORTER).
     */
    private Item mentionItem(Mention m) {
        String cls = switch (m.type()) {
            case PERSON -> Item.PERSON;
            case ORGANIZATION -> "ORG";
            default -> m.type().name();
        };
        Set<String> classes = Set.of(cls);
        if (m.type() == MentionType.TITLE) {
            int[] cps = m.text().codePoints().toArray();
            DictionaryMatcher.Match<Set<String>> w = words.longestAt(cps, 0);
            if (w != null && w.span().end() == cps.length) {
                classes = new HashSet<>(w.value());
                classes.add(cls);
                classes = Set.copyOf(classes);
            }
        }
        return new Item(m.span(), m.text(), classes, m.type() == MentionType.PERSON ? m : null);
    }

    /** Where a word may start or end: the segmenter's and the mentions' boundaries, and both sides of any non-letter. */
    private boolean[] boundaries(int[] cps, Span sentence, List<Token> tokens, List<Mention> mentions) {
        boolean[] b = new boolean[sentence.length() + 1];
        b[0] = true;
        b[sentence.length()] = true;
        for (Token t : tokens) {
            mark(b, t.span().start() - sentence.start());
            mark(b, t.span().end() - sentence.start());
        }
        for (Mention m : mentions) {
            mark(b, m.start() - sentence.start());
            mark(b, m.end() - sentence.start());
            if (m.type() != MentionType.DATE && m.type() != MentionType.FIGURE && m.start() > sentence.start()
                    && conjunctions.contains(cps[m.start() - 1])) {
                mark(b, m.start() - 1 - sentence.start());
            }
        }
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (!Character.isLetterOrDigit(cps[i])) {
                mark(b, i - sentence.start());
                mark(b, i + 1 - sentence.start());
            }
        }
        return b;
    }

    private static void mark(boolean[] b, int i) {
        if (i >= 0 && i < b.length) {
            b[i] = true;
        }
    }

    /** Items for the text between two mentions. */
    private void words(int[] cps, int from, int to, boolean[] boundary, int base, List<Item> out) {
        int i = from;
        while (i < to) {
            if (Character.isWhitespace(cps[i])) {
                i++;
                continue;
            }
            DictionaryMatcher.Match<Set<String>> w = classWord(cps, i, to, boundary, base);
            int end = w != null ? w.span().end() : Math.min(to, nextBoundary(i, boundary, base));
            if (w == null && end - i >= FREE_LENGTH && clitics.contains(cps[i])) {
                boundary[i + 1 - base] = true;
                continue;
            }
            out.add(new Item(new Span(i, end), new String(cps, i, end - i), w != null ? w.value() : Set.of(), null));
            i = end;
        }
    }

    private DictionaryMatcher.Match<Set<String>> classWord(int[] cps, int i, int to, boolean[] boundary, int base) {
        List<DictionaryMatcher.Match<Set<String>>> all = words.allAt(cps, i);
        for (int k = all.size() - 1; k >= 0; k--) {
            DictionaryMatcher.Match<Set<String>> m = all.get(k);
            int end = m.span().end();
            if (end > to) {
                continue; // the word runs past the sentence (or its window)
            }
            boolean aligned = boundary[i - base] && boundary[end - base];
            if (aligned || m.span().length() >= FREE_LENGTH) {
                return m;
            }
        }
        return null;
    }

    /** The end of the segmenter's word at {@code i}: the next boundary after it. */
    private static int nextBoundary(int i, boolean[] boundary, int base) {
        int j = i + 1;
        while (j - base < boundary.length - 1 && !boundary[j - base]) {
            j++;
        }
        return j;
    }

    /** True when the text holds a word of the class (曾 of BACKGROUND), wherever the segmenter cut. */
    boolean hasClassWord(String text, String cls) {
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            for (DictionaryMatcher.Match<Set<String>> m : words.allAt(cps, i)) {
                if (m.value().contains(cls)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text ends with a word of the class (未有 of FUTURE). */
    boolean endsWithClassWord(String text, String cls) {
        int[] cps = text.codePoints().toArray();
        for (int i = Math.max(0, cps.length - 4); i < cps.length; i++) {
            for (DictionaryMatcher.Match<Set<String>> m : words.allAt(cps, i)) {
                if (m.span().end() == cps.length && m.value().contains(cls)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text opens with a word of the class (强调 of SAY). */
    boolean startsWithClassWord(String text, String cls) {
        return words.allAt(text.codePoints().toArray(), 0).stream().anyMatch(m -> m.value().contains(cls));
    }

    /** True when the sentence has a word of class PRONOUN (他, 她), which may stand for a second person. */
    boolean hasPronoun(int[] cps, Span sentence) {
        return hasWordOf(cps, sentence, PRONOUN);
    }

    /** True when the sentence has a word of the class. */
    boolean hasWordOf(int[] cps, Span sentence, String cls) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            var m = words.longestAt(cps, i);
            if (m != null && m.span().end() <= sentence.end() && m.value().contains(cls)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 他, 她 stand for the subject: the first person named before them in the sentence, else the first
     * person of the sentence before (甲抵达北京。【他】与乙举行会谈).
     */
    private static List<Item> pronouns(List<Item> items, Mention previousSubject) {
        List<Item> out = new ArrayList<>(items.size());
        Mention subject = previousSubject;
        boolean named = false;
        for (Item it : items) {
            if (it.isPerson() && !named) {
                subject = it.person();
                named = true;
            }
            if (it.is(PRONOUN) && subject != null) {
                Set<String> classes = new HashSet<>(it.classes());
                classes.add(Item.PERSON);
                out.add(new Item(it.span(), it.word(), Set.copyOf(classes), subject));
            } else {
                out.add(it);
            }
        }
        return out;
    }

    /** 王主席 → the article's only 王 (王建国), as one person item carrying the title. */
    private List<Item> honorifics(List<Item> items, Map<String, Mention> bySurname) {
        List<Item> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            Item it = items.get(k);
            Item next = k + 1 < items.size() ? items.get(k + 1) : null;
            Mention full = it.span().length() == 1 && surnames.contains(it.word()) && next != null
                    && next.is("TITLE") && next.span().start() == it.span().end() ? bySurname.get(it.word()) : null;
            if (full != null) {
                out.add(new Item(new Span(it.span().start(), next.span().end()), it.word() + next.word(),
                        Set.of(Item.PERSON), full));
                k++;
            } else {
                out.add(it);
            }
        }
        return out;
    }
}
