package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/**
 * Clubs, leagues, banks and companies that news names by a short name alone (lexicon/known-orgs.tsv: 热刺,
 * 意甲, 工行, 育碧). The model reads many as persons (布莱克本, 特温特) or runs them into the next word
 * (【拜仁尤】文, 【维拉逼平】), and leaves others unmarked. A known name that no mention covers is an
 * organisation where the segmenter starts and ends words on it (not 三星 in 三星级); a person inside one, or
 * one that starts with one, is that organisation, unless the person goes on as a foreign name (切尔西·克林顿).
 * Places are left alone: many clubs bear their city's name.
 */
public final class KnownOrganizations {

    public static final String METHOD = "known-org";

    private final DictionaryMatcher<Boolean> names = new DictionaryMatcher<>();
    private final ForeignNames foreign;

    public KnownOrganizations(List<String[]> rows, ForeignNames foreign) {
        rows.forEach(r -> names.add(r[0], Boolean.TRUE));
        this.foreign = foreign;
    }

    public static KnownOrganizations load(Lexicons lexicons, ForeignNames foreign) {
        return new KnownOrganizations(lexicons.rows("known-orgs.tsv", 2), foreign);
    }

    public List<Mention> mark(String text, List<Mention> mentions, List<Token> tokens) {
        List<DictionaryMatcher.Match<Boolean>> found = leftmostLongest(names.findAll(text));
        if (found.isEmpty()) {
            return mentions;
        }
        int[] cps = text.codePoints().toArray();
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        tokens.forEach(t -> {
            starts.add(t.span().start());
            ends.add(t.span().end());
        });
        List<Mention> out = new ArrayList<>(mentions);
        for (var f : found) {
            Span s = f.span();
            List<Mention> over = out.stream().filter(o -> o.span().overlaps(s)).toList();
            Mention org = new Mention(s, MentionType.ORGANIZATION, f.word(), METHOD, 0.8);
            boolean free = over.isEmpty() && starts.contains(s.start()) && ends.contains(s.end());
            if (free || over.size() == 1 && isPartOrHead(cps, over.get(0), s)) {
                out.removeAll(over);
                out.add(org);
                starts.add(s.end()); // a name right after it starts there (拜仁|尤文), whatever the segmenter read
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /**
     * An organisation inside the name (【联盟】杯), a person inside it (unless the title rule found it) (沙尔克 of 沙尔克04, 迪纳摩 of 萨格勒布迪纳摩), or one that starts with it and does not
     * go on as a foreign name after it, unless what follows is another known name (【拜仁尤】文).
     */
    private boolean isPartOrHead(int[] cps, Mention p, Span name) {
        if (p.end() > cps.length || p.type() != MentionType.PERSON && p.type() != MentionType.ORGANIZATION) {
            return false;
        }
        if (name.contains(p.span())) {
            // a person the title rule found beside a title is one (苏超研究员: the researcher, not the league)
            return !p.method().equals(TitleRecognizer.METHOD);
        }
        return p.type() == MentionType.PERSON && p.start() == name.start() && p.end() > name.end()
                && (!foreign.allForeign(cps, name.end(), p.end()) || names.longestAt(cps, name.end()) != null);
    }

    /** The matches that do not overlap one before them, the longest at each start. */
    private static List<DictionaryMatcher.Match<Boolean>> leftmostLongest(List<DictionaryMatcher.Match<Boolean>> all) {
        List<DictionaryMatcher.Match<Boolean>> out = new ArrayList<>();
        int end = 0;
        for (var m : all) {
            if (m.span().start() >= end) {
                out.add(m);
                end = m.span().end();
            }
        }
        return out;
    }
}
