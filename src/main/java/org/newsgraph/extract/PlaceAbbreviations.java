package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * A place abbreviation inside a verb of travel or stay (抵【京】, 来【沪】, 赴【美】; lexicon/place-abbreviation-verbs.tsv):
 * the segmenter makes one verb of the two characters, so the model misses the place. Where the segmenter reads
 * exactly such a word and no mention touches it, its last character is a place; so it is where the recogniser
 * read the word as a person's name right before a verb (来锡考察).
 */
public final class PlaceAbbreviations {

    public static final String METHOD = "place-abbreviation";

    private final Set<String> words;

    public PlaceAbbreviations(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static PlaceAbbreviations load(Lexicons lexicons) {
        return new PlaceAbbreviations(lexicons.rows("place-abbreviation-verbs.tsv", 1).stream().map(r -> r[0])
                .collect(Collectors.toSet()));
    }

    public List<Mention> add(List<Mention> mentions, List<Token> tokens) {
        List<Mention> retyped = mentions.stream().map(m -> isTravelWord(m, tokens) ? placeOf(m.span(), m.text()) : m).toList();
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Span word = travelWordAt(tokens, i);
            if (word != null && retyped.stream().noneMatch(m -> m.span().overlaps(word))) {
                Token last = word.equals(tokens.get(i).span()) ? tokens.get(i) : tokens.get(i + 1);
                added.add(placeOf(word, last.text()));
            }
        }
        return MentionIndex.withAdded(retyped, added);
    }

    /**
     * The travel word starting at token {@code i}: one word of the segmenter (抵京), or two words of one character
     * each before a verb (来|锡|考察, where the segmenter knows no word 来锡); null where there is none.
     */
    private Span travelWordAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.span().length() == 2) {
            return words.contains(t.text()) ? t.span() : null;
        }
        if (t.span().length() != 1 || i + 2 >= tokens.size()) {
            return null;
        }
        Token next = tokens.get(i + 1);
        boolean joined = next.span().length() == 1 && next.span().start() == t.span().end()
                && words.contains(t.text() + next.text()) && tokens.get(i + 2).pos().startsWith("v");
        return joined ? new Span(t.span().start(), next.span().end()) : null;
    }

    /** A person read from a travel word before a verb (来锡|考察): surname 来 + 锡 is much rarer than 来 + a place. */
    private boolean isTravelWord(Mention m, List<Token> tokens) {
        return m.type() == MentionType.PERSON && m.span().length() == 2 && words.contains(m.text())
                && tokens.stream().anyMatch(t -> t.span().start() == m.end() && t.pos().startsWith("v"));
    }

    /** The last character of a travel word, as a place. */
    private static Mention placeOf(Span word, String text) {
        return new Mention(new Span(word.end() - 1, word.end()), MentionType.PLACE, text.substring(text.length() - 1),
                METHOD, 0.7);
    }
}
