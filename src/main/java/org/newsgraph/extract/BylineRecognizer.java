package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.article.MediaRoles;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Section;
import org.newsgraph.model.Span;
import org.newsgraph.model.Text;
import org.newsgraph.model.Token;

/**
 * Authors in bylines and photo credits, where papers pad two-character names with a space:
 * （【刘 涛】）, （【丁洁】、【王春宇】）, 记者 【司 勇】 通讯员 【张太义】 摄. Role words (记者, 通讯员) become
 * TITLE mentions; a credit that is an organisation (清徐县融媒体中心提供) is left to the organisation rules.
 */
public final class BylineRecognizer implements Recognizer {

    public static final String METHOD = "byline-rule";

    /** A piece between delimiters: Han characters with single spaces between them (刘 涛). */
    /** A byline in brackets at the end of a body paragraph: …医疗保障。(魏 薇). */
    private static final Pattern TRAILING = Pattern.compile("[（(]([^（）()]{2,20})[）)]\\s*$", Pattern.MULTILINE);
    private static final Pattern LIST_COMMA = Pattern.compile("[、，,]");
    private static final Pattern SPACE = Pattern.compile("[ \\u3000]");
    private static final Pattern PIECE = Pattern.compile("\\p{IsHan}(?:[ \\u3000]?\\p{IsHan})*");
    private static final Pattern ROLE = Pattern.compile(MediaRoles.wordAlternation());

    private final PersonNames names;

    public BylineRecognizer(PersonNames names) {
        this.names = names;
    }

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        String text = article.text();
        for (Section s : article.sections()) {
            if (s.kind() != Section.Kind.BYLINE && s.kind() != Section.Kind.DATELINE) {
                continue;
            }
            String line = Text.slice(text, s.span());
            if (line.contains("供稿") || line.endsWith("提供")) {
                continue;
            }
            findIn(line, s.span().start(), out);
        }
        // trailing bylines inside a body paragraph: …医疗保障。(魏 薇)
        Matcher tail = TRAILING.matcher(text);
        while (tail.find()) {
            int cpStart = text.codePointCount(0, tail.start(1));
            if (insideByline(article, cpStart)) {
                continue;
            }
            String inner = tail.group(1);
            if (LIST_COMMA.split(inner).length <= 4 && allNames(inner)) {
                findIn(inner, cpStart, out);
            }
        }
        return out;
    }

    private boolean allNames(String inner) {
        for (String part : LIST_COMMA.split(inner)) {
            if (!names.plausible(part.strip())) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideByline(Article article, int cp) {
        return article.sections().stream().anyMatch(s -> s.kind() == Section.Kind.BYLINE
                && s.span().start() <= cp && cp < s.span().end());
    }

    /** Cuts the line at role words and list punctuation; each remaining piece that looks like a name is one. */
    private void findIn(String line, int offset, List<Mention> out) {
        Matcher role = ROLE.matcher(line);
        int from = 0;
        while (true) {
            boolean found = role.find();
            int to = found ? role.start() : line.length();
            addNames(line, from, to, offset, out);
            if (!found) {
                break;
            }
            String word = role.group();
            if (MediaRoles.isRole(word)) {
                out.add(mention(line, role.start(), role.end(), offset, MentionType.TITLE));
            }
            from = role.end();
        }
    }

    /** 司 勇 is one padded name; 王勇 王丹 are two names side by side. */
    private void addNames(String line, int from, int to, int offset, List<Mention> out) {
        Matcher piece = PIECE.matcher(line).region(from, to);
        while (piece.find()) {
            String[] parts = SPACE.split(piece.group());
            boolean separate = parts.length > 1 && Arrays.stream(parts).allMatch(p -> Text.length(p) >= 2);
            if (!separate) {
                if (names.plausible(piece.group())) {
                    out.add(mention(line, piece.start(), piece.end(), offset, MentionType.PERSON));
                }
                continue;
            }
            int at = piece.start();
            for (String part : parts) {
                if (names.plausible(part)) {
                    out.add(mention(line, at, at + part.length(), offset, MentionType.PERSON));
                }
                at += part.length() + 1;
            }
        }
    }

    private static Mention mention(String line, int from, int to, int offset, MentionType type) {
        int cpFrom = line.codePointCount(0, from) + offset;
        int cpTo = cpFrom + line.codePointCount(from, to);
        return new Mention(new Span(cpFrom, cpTo), type, line.substring(from, to), METHOD, 0.95);
    }
}
