package org.newsgraph.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cross-article person resolution: article persons with the same key (name and jurisdiction) become one
 * canonical person when their posts agree (they share an organisation, or only one group of posts exists).
 * A key held by people with unconnected posts is split into one person per group of connected posts, and
 * every mention of it without a post stays a person of its own; such keys are listed for review.
 */
public final class PersonResolution {

    private PersonResolution() {
    }

    /** One person of one article: its IRI, the article id, its key and label, and the organisations it holds posts in
     * (serializable, so that the Spark job can pass it between tasks). */
    public record ArticlePerson(String iri, String article, String key, String label, Set<String> orgs)
            implements java.io.Serializable {
        public ArticlePerson {
            orgs = Set.copyOf(orgs);
        }
    }

    /**
     * One resolved person: {@code id} names it (the key, or key#n / key#article when the key is
     * ambiguous), {@code members} are the article persons it stands for, the first giving the label.
     */
    public record CanonicalPerson(String id, String key, String label, boolean ambiguous, List<ArticlePerson> members) {
        public CanonicalPerson {
            members = List.copyOf(members);
        }
    }

    /** The canonical persons in key order, and the ambiguous keys with the number of people sharing each. */
    public record Result(List<CanonicalPerson> persons, List<String> ambiguousNames) {
        public Result {
            persons = List.copyOf(persons);
            ambiguousNames = List.copyOf(ambiguousNames);
        }
    }

    /** Resolves article persons given in any order; persons of one key keep their given order. */
    public static Result resolve(List<ArticlePerson> persons) {
        Map<String, List<ArticlePerson>> byKey = new TreeMap<>();
        persons.forEach(p -> byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
        List<CanonicalPerson> out = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (Map.Entry<String, List<ArticlePerson>> e : byKey.entrySet()) {
            resolveKey(e.getKey(), e.getValue(), out, ambiguous);
        }
        return new Result(out, ambiguous);
    }

    private static void resolveKey(String key, List<ArticlePerson> sameKey, List<CanonicalPerson> out,
                                   List<String> ambiguous) {
        List<List<ArticlePerson>> clusters = new ArrayList<>();
        List<ArticlePerson> withoutPosts = new ArrayList<>();
        for (ArticlePerson p : sameKey) {
            if (p.orgs().isEmpty()) {
                withoutPosts.add(p);
                continue;
            }
            List<List<ArticlePerson>> joined = clusters.stream()
                    .filter(c -> c.stream().anyMatch(x -> x.orgs().stream().anyMatch(p.orgs()::contains))).toList();
            List<ArticlePerson> merged = new ArrayList<>(List.of(p));
            joined.forEach(merged::addAll);
            clusters.removeAll(joined);
            clusters.add(merged);
        }
        if (clusters.size() <= 1) {
            out.add(canonical(key, key, false, sameKey));
            return;
        }
        ambiguous.add(key + " (" + clusters.size() + " people with unconnected posts)");
        clusters.sort((a, b) -> a.get(0).iri().compareTo(b.get(0).iri()));
        for (int i = 0; i < clusters.size(); i++) {
            out.add(canonical(key + "#" + (i + 1), key, true, clusters.get(i)));
        }
        // mentions without a post cannot be told apart: each stays its own person
        for (ArticlePerson p : withoutPosts) {
            out.add(canonical(key + "#" + p.article(), key, true, List.of(p)));
        }
    }

    private static CanonicalPerson canonical(String id, String key, boolean ambiguous, List<ArticlePerson> members) {
        return new CanonicalPerson(id, key, members.get(0).label(), ambiguous, members);
    }

    /**
     * Article person IRI to canonical person IRI, given how a canonical person's id becomes its IRI; a
     * person listed under two canonical persons ends up with the later one.
     */
    public static Map<String, String> canonicalOf(Result r, java.util.function.UnaryOperator<String> iriOfId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CanonicalPerson c : r.persons()) {
            String iri = iriOfId.apply(c.id());
            c.members().forEach(m -> out.put(m.iri(), iri));
        }
        return out;
    }
}
