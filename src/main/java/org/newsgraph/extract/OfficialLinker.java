package org.newsgraph.extract;

import org.newsgraph.lexicon.TitleLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.article.MediaRoles;
import org.newsgraph.model.Article;
import org.newsgraph.model.Division;
import org.newsgraph.model.Jurisdiction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;
import org.newsgraph.model.Official;
import org.newsgraph.model.Place;
import org.newsgraph.model.Post;
import org.newsgraph.model.Text;

/**
 * Links persons to the titles written next to them and turns each title into a post in an organisation:
 * 省委常委、市委书记【韦韬】 → posts 常委 in 中共山西省委员会 and 书记 in 中共太原市委员会; 副市长【陈博】 → 副市长 in
 * 太原市人民政府 (implied); 【张勤】教授; 记者 【张 勇】 → 记者 of the publisher (implied).
 */
public final class OfficialLinker {

    /** What may stand between two titles of one chain, or between a title and its person. */
    /** Only list commas and spaces between two names: 殷雪青、梁涛. */
    private static final Pattern LIST_SEPARATION = Pattern.compile("[、，,\\s]+");
    /** 市委的 before a title: the title is the organisation's. */
    private static final Pattern OF_ORGANIZATION = Pattern.compile("^[\\p{IsHan}]{1,8}的$");
    private static final Pattern CHAIN_GAP = Pattern.compile("^[、\\s]*$|^[\\p{IsHan}]{1,8}的$");

    /** Roles whose title, written once before a list of names, belongs to every name in it. */

    private final TitleLexicon titles;
    private final Resolver resolver;

    public OfficialLinker(TitleLexicon titles, Resolver resolver) {
        this.titles = titles;
        this.resolver = resolver;
    }

    public List<Official> link(Article article, Jurisdiction j, List<Mention> mentions, List<Place> places) {
        String text = article.text();
        List<Official> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention person = mentions.get(i);
            if (person.type() != MentionType.PERSON) {
                continue;
            }
            List<Mention> chain = new ArrayList<>();
            int boundary = person.start();
            for (int k = i - 1; k >= 0; k--) {
                Mention m = mentions.get(k);
                if (m.type() == MentionType.TITLE && CHAIN_GAP.matcher(Text.slice(text, m.end(), boundary)).find()) {
                    chain.add(0, m);
                    boundary = m.start();
                } else if (m.type() == MentionType.ORGANIZATION && m.end() <= boundary
                        && CHAIN_GAP.matcher(Text.slice(text, m.end(), boundary)).find() && !chain.isEmpty()) {
                    boundary = m.start(); // 市委党校 in 市委党校主持日常工作的副校长: the org of the next title
                } else {
                    break;
                }
            }
            if (chain.isEmpty() && i + 1 < mentions.size() && mentions.get(i + 1).type() == MentionType.TITLE
                    && mentions.get(i + 1).start() == person.end()) {
                chain.add(mentions.get(i + 1)); // 张勤教授, 林武书记
            }
            if (chain.isEmpty() && !out.isEmpty()) {
                // 记者 殷雪青、【梁涛】: a byline's role word covers every name in its list
                Official previous = out.get(out.size() - 1);
                boolean listed = LIST_SEPARATION.matcher(Text.slice(text, previous.person().end(), person.start())).matches();
                if (listed && previous.posts().stream().allMatch(p -> MediaRoles.isRole(p.role()))) {
                    out.add(new Official(person, previous.posts()));
                    continue;
                }
            }
            if (chain.isEmpty()) {
                continue;
            }
            List<Post> posts = new ArrayList<>();
            for (Mention title : chain) {
                posts.add(post(article, title, j, places, orgBefore(mentions, title, text)));
            }
            out.add(new Official(person, posts));
        }
        return out;
    }

    /** An organisation written just before a title with only a modifier between (市委党校主持日常工作的副校长). */
    private static Mention orgBefore(List<Mention> mentions, Mention title, String text) {
        Mention previous = null;
        for (Mention m : mentions) {
            if (m.end() <= title.start()) {
                previous = m;
            }
        }
        if (previous != null && previous.type() == MentionType.ORGANIZATION && previous.end() < title.start()
                && OF_ORGANIZATION.matcher(Text.slice(text, previous.end(), title.start())).find()) {
            return previous;
        }
        return null;
    }

    private Post post(Article article, Mention title, Jurisdiction j, List<Place> places, Mention separateOrg) {
        TitleLexicon.Title role = titles.roleOf(title.text());
        String roleWord = role == null ? title.text() : role.word();
        String orgText = title.text().substring(0, title.text().length() - roleWord.length());
        List<Place> before = places.stream().filter(p -> p.mention().end() <= title.start()).toList();
        if (orgText.isEmpty() && separateOrg != null) {
            orgText = separateOrg.text();
        }
        if (!orgText.isEmpty()) {
            var canonical = resolver.canonical(orgText, j, before);
            return new Post(title, roleWord, canonical.map(Resolver.Canonical::name).orElse(orgText), false);
        }
        String template = role == null ? "" : role.impliedOrganization();
        if (template.isEmpty()) {
            return new Post(title, roleWord, "", false);
        }
        String city = resolver.cityOf(j.code()).map(Division::name).orElse("");
        String province = resolver.provinceOf(j.code()).map(Division::name).orElse("");
        String publisher = article.publisherOrganization();
        if (template.contains("{city}") && city.isEmpty() || template.contains("{province}") && province.isEmpty()
                || template.contains("{publisher}") && publisher.isEmpty()) {
            return new Post(title, roleWord, "", false);
        }
        String org = template.replace("{city}", city).replace("{province}", province).replace("{publisher}", publisher);
        // titles such as 省委常委 name their body; only a bare title (副市长) leaves it implied
        boolean implied = !(roleWord.startsWith("省委") || roleWord.startsWith("市委") || roleWord.startsWith("全国"));
        return new Post(title, roleWord, org, implied);
    }
}
