package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;

/**
 * A side of talks named by its country's first character (乌方, 韩方: 愿同乌方一道) reads like a surname and a
 * given name. Where the article names a place that starts with that character (乌拉圭), such a two-character
 * "person" is the side, and goes. The endings are name-cues.tsv's {@code side-suffix} rows.
 */
final class SideNames {

    private final Set<Integer> suffixes;

    SideNames(Set<Integer> suffixes) {
        this.suffixes = Set.copyOf(suffixes);
    }

    static SideNames load(Lexicons lexicons) {
        return new SideNames(lexicons.rows("name-cues.tsv", 2).stream().filter(r -> r[0].equals("side-suffix"))
                .map(r -> r[1].codePointAt(0)).collect(Collectors.toSet()));
    }

    List<Mention> drop(List<Mention> mentions) {
        Set<Integer> placeStarts = mentions.stream().filter(m -> m.type() == MentionType.PLACE && !m.text().isEmpty())
                .map(m -> m.text().codePointAt(0)).collect(Collectors.toSet());
        if (placeStarts.isEmpty()) {
            return mentions;
        }
        return mentions.stream().filter(m -> !isSide(m, placeStarts)).toList();
    }

    private boolean isSide(Mention m, Set<Integer> placeStarts) {
        int[] cps = m.text().codePoints().toArray();
        return m.type() == MentionType.PERSON && cps.length == 2 && suffixes.contains(cps[1])
                && placeStarts.contains(cps[0]);
    }
}
