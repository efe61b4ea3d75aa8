package org.newsgraph.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.model.Names;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;

/**
 * Splits a newspaper page (plain text, one paragraph per line) into article blocks.
 *
 * <p>Pages come from layout extraction, so columns may interleave. The rules are the ones a reader
 * uses: a byline （刘 涛） closes an article; a headline block starts a new one when the previous
 * article is closed or the text after it opens with a dateline (本报讯); dated one-line entries followed
 * by a 供稿 credit form a box such as 历史上的今天; a paragraph followed by a photo credit (… 摄 / … 提供)
 * is a caption. All spans are code points into the page.
 */
public final class PageSplitter {

    /**
     * One article found on a page: its span in the page and its sections, relative to that span, and the
     * headline the layout printed apart from it (empty when its headline is in its span or it has none).
     */
    public record Block(Span pageSpan, List<Section> sections, boolean box, String headlineElsewhere) {
        public Block(Span pageSpan, List<Section> sections, boolean box) {
            this(pageSpan, sections, box, "");
        }
    }

    /** Headline lines shorter than this are too unspecific to be matched to an article's lead. */
    private static final int DISPLACED_MIN = 4;
    /** How much of an article's first paragraphs a displaced headline is looked for in (code points). */
    private static final int LEAD_LENGTH = 200;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_COMMA = Pattern.compile("[、，,]");
    private static final Pattern BRACKETED_BYLINE =
            Pattern.compile("^[（(]([^（）()]{1,40})[）)]$");
    private static final Pattern REPORTER_BYLINE =
            Pattern.compile("^(本报)?(" + MediaRoles.bareRoleAlternation() + ")[\\s\\p{IsHan}、，,]{1,40}$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("^.{1,40}(摄|提供)$");
    private static final Pattern JUMP = Pattern.compile("^[（(]?[上下]?[接转见]第.{1,3}版[）)]?$");
    private static final Pattern JUMP_PREFIX = Pattern.compile("^[（(][上下][接转]第.{1,3}版[）)]");
    /** A lead: 本报讯, 本报记者 X, or 记者 X 报道 — not a sentence that merely starts with 记者 (记者从会上获悉). */
    private static final Pattern DATELINE = Pattern.compile("^(\\*\\*)?(本报讯|本报记者|记者\\s?\\S{1,6}\\s?报道)");
    /** 本报讯, optionally with the reporters in brackets: 本报讯(记者 殷雪青、梁涛). */
    private static final Pattern DATELINE_LEAD = Pattern.compile(
            "^(\\*\\*)?(本报讯(?:\\*\\*)?\\s*(?:[（(](?:本报)?(?:记者|通讯员)[^（）()]{1,40}[）)])?|本报记者\\s?\\S{1,4}|记者\\s?\\S{1,6}\\s?报道)");
    private static final Pattern BOX_DATE = Pattern.compile("^\\d{3,4}年\\d{1,2}月\\d{1,2}日$");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;：:]|[。！？]”$");

    /** Lines longer than this (in code points) are body text unless they look like a spaced headline. */
    private static final int HEADLINE_MAX = 32;
    private static final int LONG_HEADLINE_MAX = 80;
    private static final Pattern CLAUSE_PUNCT = Pattern.compile("[。，,；;！!？?：:]");
    private static final Pattern JUMP_SUFFIX = Pattern.compile("[（(][上下]?转第.{1,3}版[）)]\\s*$");

    private enum LineKind { HEADLINE, BODY, DATELINE_BODY, BYLINE, PHOTO_CREDIT, JUMP, BOX_DATE, BOX_CREDIT }

    private record Line(Span span, String text, LineKind kind) {
    }

    public List<Block> split(String page) {
        List<Line> lines = classify(page);
        List<Block> blocks = new ArrayList<>();
        Builder current = new Builder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            switch (line.kind) {
                case BOX_DATE -> {
                    if (!current.box) {
                        current.flushInto(blocks);
                        current.box = true;
                    }
                    current.add(line, Section.Kind.BOX);
                }
                case BOX_CREDIT -> {
                    current.add(line, Section.Kind.BYLINE);
                    // the box title (…历史上的今天) often follows its credit line
                    if (i + 1 < lines.size() && lines.get(i + 1).kind == LineKind.HEADLINE
                            && lines.get(i + 1).text.contains("历史上的今天")) {
                        current.add(lines.get(++i), Section.Kind.HEADLINE);
                    }
                    current.flushInto(blocks);
                }
                case HEADLINE -> {
                    if (current.box) {
                        current.add(line, Section.Kind.BOX);
                        break;
                    }
                    if (startsNewArticle(current, lines, i)) {
                        current.flushInto(blocks);
                    }
                    current.add(line, current.hasBody ? Section.Kind.BODY : Section.Kind.HEADLINE);
                }
                case DATELINE_BODY -> {
                    if (current.closed || current.hasDateline) {
                        current.flushInto(blocks);
                    }
                    current.addDateline(line);
                }
                case BODY -> i = body(lines, i, current, blocks);
                case BYLINE -> {
                    current.add(line, Section.Kind.BYLINE);
                    current.closed = true;
                }
                case PHOTO_CREDIT -> {
                    current.add(line, Section.Kind.BYLINE);
                    current.flushInto(blocks);
                }
                case JUMP -> current.add(line, Section.Kind.JUMP);
            }
        }
        current.flushInto(blocks);
        return adoptDisplacedHeadlines(page, blocks);
    }

    /** A body line: box text, a photo caption (with its credit line), or the article's text; returns the last line used. */
    private int body(List<Line> lines, int i, Builder current, List<Block> blocks) {
        Line line = lines.get(i);
        if (current.closed) {
            current.flushInto(blocks);
        }
        if (current.box) {
            current.add(line, Section.Kind.BOX);
        } else if (lines.get(i).text.startsWith("图为")) {
            current.flushInto(blocks);
            current.add(line, Section.Kind.CAPTION);
            current.flushInto(blocks);
        } else if (isCaption(lines, i)) {
            current.flushInto(blocks);
            current.add(line, Section.Kind.CAPTION);
            current.add(lines.get(++i), Section.Kind.BYLINE);
            current.flushInto(blocks);
        } else {
            current.addBody(line);
            if (JUMP_SUFFIX.matcher(line.text).find()) {
                current.closed = true; // (下转第2版): the article continues on another page
            }
        }
        return i;
    }

    /**
     * Gives an article without a headline the headline lines that the layout printed elsewhere on the
     * page, inside another article's block: on 003 the headline 督导检查防汛救灾工作 / 张新伟在清徐县 stands under
     * the front-page lead (after its 见第5版), while its article starts a hundred lines further down. Such
     * lines are recognised by reappearing word for word in the headless article's first sentences; in the
     * block that held them they become a JUMP section (text that points to an article elsewhere).
     */
    private static List<Block> adoptDisplacedHeadlines(String page, List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            Block article = out.get(i);
            String lead = lead(page, article);
            if (article.box() || lead.isEmpty() || article.sections().stream().anyMatch(s -> s.kind() == Section.Kind.HEADLINE)) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                Block donor = out.get(j);
                List<Section> run = strayHeadlines(donor);
                List<String> lines = run.stream().map(s -> compact(lineText(page, donor, s))).toList();
                if (j != i && !run.isEmpty() && lines.stream().allMatch(l -> Text.length(l) >= DISPLACED_MIN && lead.contains(l))) {
                    out.set(i, new Block(article.pageSpan(), article.sections(), false,
                            String.join(" ", run.stream().map(s -> lineText(page, donor, s).replace("**", "").strip()).toList())));
                    out.set(j, new Block(donor.pageSpan(), donor.sections().stream()
                            .map(s -> run.contains(s) ? new Section(Section.Kind.JUMP, s.span()) : s).toList(), donor.box(),
                            donor.headlineElsewhere()));
                    break;
                }
            }
        }
        return out;
    }

    /** Headline lines of a block after its own headline, separated from it by other lines (the first such run). */
    private static List<Section> strayHeadlines(Block block) {
        List<Section> run = new ArrayList<>();
        boolean pastOwn = false;
        for (Section s : block.sections()) {
            if (s.kind() != Section.Kind.HEADLINE) {
                pastOwn = true;
                if (!run.isEmpty()) {
                    break;
                }
            } else if (pastOwn) {
                run.add(s);
            }
        }
        return run;
    }

    /** The start of an article's body, without spaces and markup, for matching headline lines against. */
    private static String lead(String page, Block block) {
        StringBuilder b = new StringBuilder();
        for (Section s : block.sections()) {
            if (s.kind() == Section.Kind.BODY && Text.length(b.toString()) < LEAD_LENGTH) {
                b.append(compact(lineText(page, block, s)));
            }
        }
        return b.toString();
    }

    private static String lineText(String page, Block block, Section s) {
        return Text.slice(page, s.span().shift(block.pageSpan().start()));
    }

    private static String compact(String s) {
        return SPACES.matcher(s.replace("**", "")).replaceAll("");
    }

    private static boolean startsNewArticle(Builder current, List<Line> lines, int i) {
        if (current.isEmpty() || current.closed) {
            return true;
        }
        if (!current.hasBody) {
            return false; // still in the headline block
        }
        int next = i;
        while (next < lines.size() && lines.get(next).kind == LineKind.HEADLINE) {
            next++;
        }
        return next < lines.size() && lines.get(next).kind == LineKind.DATELINE_BODY;
    }

    private static boolean isCaption(List<Line> lines, int i) {
        return i + 1 < lines.size() && lines.get(i + 1).kind == LineKind.PHOTO_CREDIT;
    }

    private static List<Line> classify(String page) {
        List<Line> lines = new ArrayList<>();
        int cp = 0;
        for (String raw : page.split("\n", -1)) {
            int len = Text.length(raw);
            String stripped = raw.strip();
            if (!stripped.isEmpty()) {
                int lead = Text.length(raw) - Text.length(raw.stripLeading());
                int trail = Text.length(raw) - Text.length(raw.stripTrailing());
                Span span = new Span(cp + lead, cp + len - trail);
                lines.add(new Line(span, stripped, kindOf(stripped)));
            }
            cp += len + 1;
        }
        return lines;
    }

    private static LineKind kindOf(String line) {
        String plain = line.replace("**", "").strip();
        int len = Text.length(plain);
        if (BOX_DATE.matcher(plain).matches()) {
            return LineKind.BOX_DATE;
        }
        if (plain.endsWith("供稿）") || plain.endsWith("供稿)")) {
            return LineKind.BOX_CREDIT;
        }
        if (JUMP.matcher(plain).matches()) {
            return LineKind.JUMP;
        }
        if (BRACKETED_BYLINE.matcher(plain).matches() && looksLikeNames(plain.substring(1, plain.length() - 1))) {
            return LineKind.BYLINE;
        }
        if (REPORTER_BYLINE.matcher(plain).matches() && !plain.endsWith("摄")) {
            return LineKind.BYLINE;
        }
        if (len <= 40 && PHOTO_CREDIT.matcher(plain).matches() && !SENTENCE_END.matcher(plain).find()) {
            return LineKind.PHOTO_CREDIT;
        }
        if (DATELINE.matcher(plain).find()) {
            return LineKind.DATELINE_BODY;
        }
        if (len <= HEADLINE_MAX && !SENTENCE_END.matcher(plain).find() && !plain.endsWith("，")
                && !plain.endsWith(",")) {
            return LineKind.HEADLINE;
        }
        // long headlines are written as phrases separated by spaces, without sentence punctuation
        if (len <= LONG_HEADLINE_MAX && plain.contains(" ") && !CLAUSE_PUNCT.matcher(plain).find()) {
            return LineKind.HEADLINE;
        }
        return LineKind.BODY;
    }

    /** （刘 涛） or （丁洁、王春宇）: short runs of Han characters, spaces and list commas. */
    private static boolean looksLikeNames(String inner) {
        String[] parts = LIST_COMMA.split(inner);
        for (String part : parts) {
            String name = Names.compact(part);
            if (Text.length(name) < 2 || Text.length(name) > 4 || !name.codePoints().allMatch(Character::isIdeographic)) {
                return false;
            }
        }
        return true;
    }

    private static final class Builder {
        private final List<Line> lines = new ArrayList<>();
        private final List<Section.Kind> kinds = new ArrayList<>();
        private final List<Span> extraSections = new ArrayList<>();
        private final List<Section.Kind> extraKinds = new ArrayList<>();
        boolean hasBody;
        boolean hasDateline;
        boolean closed;
        boolean box;

        boolean isEmpty() {
            return lines.isEmpty();
        }

        void add(Line line, Section.Kind kind) {
            lines.add(line);
            kinds.add(kind);
            if (kind == Section.Kind.BODY || kind == Section.Kind.CAPTION) {
                hasBody = true;
            }
        }

        void addBody(Line line) {
            var m = JUMP_PREFIX.matcher(line.text);
            if (m.find()) {
                int jumpLen = Text.length(m.group());
                extraSections.add(new Span(line.span.start(), line.span.start() + jumpLen));
                extraKinds.add(Section.Kind.JUMP);
            }
            add(line, Section.Kind.BODY);
        }

        void addDateline(Line line) {
            var m = DATELINE_LEAD.matcher(line.text);
            if (m.find()) {
                // the lead without markdown ** and trailing spaces: 【本报讯】, 【本报讯(记者 殷雪青、梁涛)】
                String lead = m.group(2).replace("**", "").stripTrailing();
                int from = line.span.start() + Text.length(line.text.substring(0, m.start(2)));
                extraSections.add(new Span(from, from + Text.length(lead)));
                extraKinds.add(Section.Kind.DATELINE);
            }
            hasDateline = true;
            add(line, Section.Kind.BODY);
        }

        void flushInto(List<Block> blocks) {
            if (!lines.isEmpty()) {
                int start = lines.get(0).span.start();
                int end = lines.get(lines.size() - 1).span.end();
                List<Section> sections = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    sections.add(new Section(kinds.get(i), lines.get(i).span.shift(-start)));
                }
                for (int i = 0; i < extraSections.size(); i++) {
                    sections.add(new Section(extraKinds.get(i), extraSections.get(i).shift(-start)));
                }
                sections.sort((a, b) -> a.span().compareTo(b.span()));
                blocks.add(new Block(new Span(start, end), sections, box));
            }
            lines.clear();
            kinds.clear();
            extraSections.clear();
            extraKinds.clear();
            hasBody = false;
            hasDateline = false;
            closed = false;
            box = false;
        }
    }
}
