package org.newsgraph.extract;

import org.newsgraph.lexicon.TitleLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.model.Text;

/**
 * Resolves overlapping candidates into flat, non-overlapping mentions. The priority list below is the
 * single place that says which recogniser wins; among equals the longer span wins (万柏林区委组织部 over
 * 万柏林区). Afterwards an organisation or place glued to the title that follows it becomes part of the
 * title (【市人大常委会】副主任 → TITLE 市人大常委会副主任, 【坞城街道】党工委书记), as titles are written that way;
 * the organisation or place is also kept on the side, as news corpora annotate it (【国务院】副总理).
 */
public final class MentionMerger {

    /** Titles of another state's offices (总统, 首相, 外长): the country before them stays a place (【伊朗】总统). */
    private static final String STATE_KIND = "state";

    private final TitleLexicon titles;

    public MentionMerger(TitleLexicon titles) {
        this.titles = titles;
    }

    private static final Map<String, Integer> PRIORITY = Map.of(
            BylineRecognizer.METHOD, 10,
            DateRecognizer.METHOD, 9,
            TitleRecognizer.METHOD, 8,
            FigureRecognizer.METHOD, 8,
            OrganizationRecognizer.METHOD, 7,
            GazetteerRecognizer.METHOD, 7,
            NerRecognizer.METHOD, 7);
    private static final int DEFAULT_PRIORITY = 6;

    /**
     * @param mentions flat, non-overlapping mentions
     * @param insideTitles the organisations and places glued into a title, each also a mention of its own
     */
    public record Merged(List<Mention> mentions, List<Mention> insideTitles) {
    }

    /** @param tokens the segmenter's words: a longer reading of a name must end where a word ends and add no verb */
    public Merged merge(List<Mention> candidates, List<Token> tokens) {
        Set<Integer> wordEnds = new HashSet<>();
        Set<Integer> verbStarts = new HashSet<>();
        for (Token t : tokens) {
            wordEnds.add(t.span().end());
            if (t.pos().startsWith("v")) {
                verbStarts.add(t.span().start());
            }
        }
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.removeIf(m -> !verbStarts.contains(m.end()) && isCutName(m, candidates, wordEnds));
        sorted.removeIf(m -> isDateInsideKnownName(m, candidates));
        sorted.sort(Comparator.comparingInt((Mention m) -> -priority(m))
                .thenComparingInt(m -> -m.span().length())
                .thenComparing(Mention::span)
                .thenComparing(m -> m.type().ordinal()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparing(Mention::span));
        List<Mention> insideTitles = new ArrayList<>();
        return new Merged(glueOrganizationsToTitles(kept, insideTitles), insideTitles);
    }

    /** A date word inside an organisation known by name is part of that name (光【明日】报, 【今日】头条). */
    private static boolean isDateInsideKnownName(Mention m, List<Mention> candidates) {
        return m.type() == MentionType.DATE && candidates.stream().anyMatch(o -> o.method().equals(OrganizationRecognizer.METHOD)
                && o.span().contains(m.span()) && !o.span().equals(m.span()));
    }

    /** Words that make a named area of the place before them: 清徐【片区】, 潇河【园区】, 清徐【大道】. */
    private static final Pattern LOCALITY = Pattern.compile("^(片区|园区|新城|小镇|大道|大街|社区|街区|商圈)");

    /**
     * Extends a place over a following locality word, when nothing else is written there:
     * 【清徐】片区 → 【清徐片区】. The longer name is a place of its own, not the division.
     */
    public List<Mention> extendPlaces(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == MentionType.PLACE) {
                var after = LOCALITY.matcher(Text.slice(text, m.end(), Math.min(Text.length(text), m.end() + 2)));
                int end = after.find() ? m.end() + Text.length(after.group()) : m.end();
                boolean free = i + 1 >= mentions.size() || mentions.get(i + 1).start() >= end;
                if (end > m.end() && free) {
                    out.add(new Mention(new Span(m.start(), end), MentionType.PLACE, Text.slice(text, m.start(), end),
                            m.method(), m.confidence()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private boolean countryBeforeStateOffice(Mention prefix, Mention title) {
        TitleLexicon.Title t = titles.roleOf(title.text());
        return prefix.type() == MentionType.PLACE && t != null && t.kind().equals(STATE_KIND);
    }

    /**
     * A name after a title that the model reads one or two characters longer (院长【李铁】映, 会长【齐怀】远): the
     * title recogniser cut it at a word boundary of the segmenter, the model read the whole name. The longer
     * reading must end where a word ends, and what it adds must not be a verb (吴慧【作】宣讲).
     */
    private static boolean isCutName(Mention m, List<Mention> candidates, Set<Integer> wordEnds) {
        return m.type() == MentionType.PERSON && m.method().equals(TitleRecognizer.METHOD)
                && candidates.stream().anyMatch(o -> o.type() == MentionType.PERSON && o.method().equals(NerRecognizer.METHOD)
                && o.start() == m.start() && o.end() > m.end()
                && (o.span().length() <= MAX_NAME_AFTER_TITLE || isForeignName(o.text()))
                && wordEnds.contains(o.end()) && noOtherMentionStartsIn(m.end(), o.end(), candidates));
    }

    /** A transliterated name in parts (外长【古哈尔·阿尤布·汗】) is longer than a Chinese name after a title. */
    private static boolean isForeignName(String text) {
        return text.length() <= MAX_FOREIGN_NAME && (text.indexOf('·') > 0 || text.indexOf('•') > 0);
    }

    private static final int MAX_FOREIGN_NAME = 16;

    /** 市委书记韦韬【清徐】调研: what the longer reading adds is not a place or anything else already found. */
    private static boolean noOtherMentionStartsIn(int from, int to, List<Mention> candidates) {
        return candidates.stream().noneMatch(c -> c.type() != MentionType.PERSON && c.start() >= from && c.start() < to);
    }

    /** Longer readings are not names but a name and the next word (陈博说明). */
    private static final int MAX_NAME_AFTER_TITLE = 4;

    private static int priority(Mention m) {
        int p = PRIORITY.getOrDefault(m.method(), DEFAULT_PRIORITY);
        // a person right after a title (副市长【陈博】) wins over the model's reading of the same characters
        return m.type() == MentionType.PERSON && m.method().equals(TitleRecognizer.METHOD) ? p + 1 : p;
    }

    private List<Mention> glueOrganizationsToTitles(List<Mention> mentions, List<Mention> glued) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            boolean prefix = m.type() == MentionType.ORGANIZATION || m.type() == MentionType.PLACE;
            if (prefix && i + 1 < mentions.size()) {
                Mention next = mentions.get(i + 1);
                if (next.type() == MentionType.TITLE && next.start() == m.end() && !countryBeforeStateOffice(m, next)) {
                    out.add(new Mention(new Span(m.start(), next.end()), MentionType.TITLE, m.text() + next.text(),
                            next.method(), next.confidence()));
                    glued.add(m);
                    i++;
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }
}
