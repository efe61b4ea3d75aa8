package org.newsgraph.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff roles and credit words of bylines (记者, 通讯员, 实习生; 摄, 供稿), read once from
 * {@code lexicon/media-roles.tsv} and shared by the page splitter, the byline recogniser and the official
 * linker. Here, in the lowest package that needs them, so that every stage reads the one list.
 */
public final class MediaRoles {

    private static final String FILE = "/lexicon/media-roles.tsv";

    /** Staff roles in file order (本报记者, 记者, 通讯员, 实习生). */
    public static final List<String> ROLES;
    /** Credit words in file order (摄影, 摄, 供稿, 提供). */
    public static final List<String> CREDITS;

    static {
        List<String> roles = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        try (InputStream in = MediaRoles.class.getResourceAsStream(FILE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                (cols.length > 1 && cols[1].equals("credit") ? credits : roles).add(cols[0].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        ROLES = List.copyOf(roles);
        CREDITS = List.copyOf(credits);
    }

    private MediaRoles() {
    }

    /** Whether a word is a staff role (a title that makes no one an official). */
    public static boolean isRole(String word) {
        return ROLES.contains(word);
    }

    /** The roles as a regular-expression alternation, longest first where one contains another. */
    public static String roleAlternation() {
        return String.join("|", ROLES);
    }

    /** The roles without the paper's own prefix (记者|通讯员|实习生), for patterns that allow 本报 before them. */
    public static String bareRoleAlternation() {
        return String.join("|", ROLES.stream().filter(r -> !r.startsWith("本报")).toList());
    }

    /** Roles and credit words together, as the byline recogniser splits a byline at them. */
    public static String wordAlternation() {
        return roleAlternation() + "|" + String.join("|", CREDITS);
    }
}
