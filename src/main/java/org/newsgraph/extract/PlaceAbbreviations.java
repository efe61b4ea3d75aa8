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
 * exactly such a word and no mention touches it, its last character is a place.
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
        List<Mention> added = new ArrayList<>();
        for (Token t : tokens) {
            if (t.span().length() == 2 && words.contains(t.text())
                    && mentions.stream().noneMatch(m -> m.span().overlaps(t.span()))) {
                Span place = new Span(t.span().end() - 1, t.span().end());
                added.add(new Mention(place, MentionType.PLACE, t.text().substring(t.text().length() - 1), METHOD, 0.7));
            }
        }
        return MentionIndex.withAdded(mentions, added);
    }
}
