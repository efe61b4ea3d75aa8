package org.newsgraph.extract;

import org.newsgraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Text;

/**
 * Retypes as organisations the places and persons that sports reports name as teams: a city does not win
 * a match, a club does (战胜【拉齐奥】, 【曼城】主场). The cue words and where the team stands beside them are
 * data (match-words.tsv).
 */
public final class TeamNames {

    private enum Side { AFTER, BEFORE, BETWEEN }

    private final Map<String, Side> cues = new HashMap<>();
    private final int longestCue;

    public TeamNames(List<String[]> rows) {
        rows.forEach(r -> cues.put(r[0], Side.valueOf(r[1].toUpperCase())));
        longestCue = cues.keySet().stream().mapToInt(Text::length).max().orElse(0);
    }

    public static TeamNames load(Lexicons lexicons) {
        return new TeamNames(lexicons.rows("match-words.tsv", 2));
    }

    /** The mentions, with every team among them typed as an organisation. */
    public List<Mention> retype(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        int[] cps = null;
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (m.type() != MentionType.PLACE && m.type() != MentionType.PERSON) {
                continue;
            }
            cps = cps != null ? cps : text.codePoints().toArray();
            if (isTeam(cps, out, i)) {
                out.set(i, new Mention(m.span(), MentionType.ORGANIZATION, m.text(), m.method(), m.confidence()));
            }
        }
        return out;
    }

    private boolean isTeam(int[] cps, List<Mention> mentions, int i) {
        Mention m = mentions.get(i);
        boolean place = m.type() == MentionType.PLACE;
        Side before = cueEndingAt(cps, m.start());
        Side after = cueStartingAt(cps, m.end());
        if (place && (before == Side.AFTER || before == Side.BETWEEN || after == Side.BEFORE || after == Side.BETWEEN)) {
            return true;
        }
        if (after == Side.BEFORE) {
            return true;
        }
        return before == Side.BETWEEN && i > 0 && isSide(mentions.get(i - 1))
                || after == Side.BETWEEN && i + 1 < mentions.size() && isSide(mentions.get(i + 1));
    }

    private static boolean isSide(Mention m) {
        return m.type() == MentionType.PLACE || m.type() == MentionType.ORGANIZATION;
    }

    /** The cue that ends at {@code cp}, a space between them allowed, or null. */
    private Side cueEndingAt(int[] cps, int cp) {
        int end = cp > 0 && cps[cp - 1] == ' ' ? cp - 1 : cp;
        for (int len = Math.min(longestCue, end); len >= 1; len--) {
            Side s = cues.get(new String(cps, end - len, len));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * The cue that starts at {@code cp}, a space between them allowed, or null; a cue for the name before
     * wins over a longer one for the name after (阿森纳【主场】迎战).
     */
    private Side cueStartingAt(int[] cps, int cp) {
        int start = cp < cps.length && cps[cp] == ' ' ? cp + 1 : cp;
        Side found = null;
        for (int len = Math.min(longestCue, cps.length - start); len >= 1; len--) {
            Side s = cues.get(new String(cps, start, len));
            if (s == Side.BEFORE) {
                return s;
            }
            found = found == null ? s : found;
        }
        return found;
    }
}
