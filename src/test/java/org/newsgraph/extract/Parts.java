package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.segment.HanlpSegmenter;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.lexicon.OrgLexicon;
import org.newsgraph.lexicon.TitleLexicon;
import org.newsgraph.model.Article;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/**
 * The bundled lexicons and the real HanLP segmenter, loaded once for the recogniser tests, and short ways to
 * write their articles and read their mentions ("PERSON 李静 3-5": type, text, code-point span).
 */
final class Parts {

    static final Lexicons LEXICONS = Lexicons.bundled();
    static final HanlpSegmenter SEGMENTER = new HanlpSegmenter();
    static final Gazetteer GAZETTEER = Gazetteer.load(LEXICONS);
    static final OrgLexicon ORGS = OrgLexicon.load(LEXICONS, GAZETTEER);
    static final TitleLexicon TITLES = TitleLexicon.load(LEXICONS);
    static final PersonNames NAMES = new PersonNames(LEXICONS, SEGMENTER::isCommonWord);
    static final Jurisdiction QINGXU = new Jurisdiction("140121", "清徐县");
    static final Jurisdiction TAIYUAN = new Jurisdiction("140100", "太原市");

    private Parts() {
    }

    /** An article of one body paragraph, published by 太原日报 in the given jurisdiction. */
    static Article article(String text, Jurisdiction home) {
        Span all = new Span(0, Text.length(text));
        return new Article("unit-01", text, LocalDate.of(2023, 5, 16), false, "太原日报", home,
                new Article.Source("unit", all, null), List.of(new Section(Section.Kind.BODY, all)));
    }

    /** An article whose lines are the given sections, in order, joined by newlines. */
    static Article article(List<Section.Kind> kinds, List<String> lines) {
        StringBuilder text = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int start = Text.length(text.toString());
            text.append(lines.get(i));
            sections.add(new Section(kinds.get(i), new Span(start, start + Text.length(lines.get(i)))));
            text.append('\n');
        }
        return new Article("unit-02", text.toString(), LocalDate.of(2023, 5, 16), false, "太原日报",
                TAIYUAN, new Article.Source("unit", null, null), sections);
    }

    /** A mention as the tests write it: type, text and code-point span. */
    static String show(Mention m) {
        return m.type() + " " + m.text() + " " + m.start() + "-" + m.end();
    }

    static List<String> show(List<Mention> mentions) {
        return mentions.stream().map(Parts::show).toList();
    }

    static List<String> show(List<Mention> mentions, MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).map(Parts::show).toList();
    }

    /** A mention that a recogniser could have found, for the merger and linker tests. */
    static Mention mention(String text, String surface, int occurrence, MentionType type, String method) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(surface, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException(surface + " not in " + text);
        }
        int start = text.codePointCount(0, at);
        return new Mention(new Span(start, start + Text.length(surface)), type, surface, method, 0.9);
    }

    static Mention mention(String text, String surface, MentionType type, String method) {
        return mention(text, surface, 0, type, method);
    }
}
