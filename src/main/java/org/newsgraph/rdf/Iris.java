package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Deterministic IRIs: the same input always yields the same IRI, so re-running a load gives the same
 * graph. Names keep their Chinese characters (IRIs allow them); anything outside letters, digits and
 * {@code -._~} is percent-encoded as UTF-8.
 */
public final class Iris {

    public static final Node REFERENCE_GRAPH = NodeFactory.createURI(Vocab.ID + "graph/reference");
    public static final Node MET_WITH_GRAPH = NodeFactory.createURI(Vocab.ID + "graph/met-with");
    public static final Node RUNS_GRAPH = NodeFactory.createURI(Vocab.ID + "graph/runs");
    public static final Node ENTITIES_GRAPH = NodeFactory.createURI(Vocab.ID + "graph/entities");

    /** A person across articles: jurisdiction code, name and, when a name is shared, a cluster number. */
    public static Node canonicalPerson(String key) {
        return NodeFactory.createURI(Vocab.ID + "person/" + encode(key));
    }

    /** An event across reports, keyed by its first report's place in its article ({@code ID/event/27-31}). */
    public static Node canonicalEvent(String key) {
        return NodeFactory.createURI(Vocab.ID + "event/" + encode(key));
    }

    /** The pair node of two canonical persons (IRIs from {@link #canonicalPerson}), in the given order. */
    public static Node meetingPair(Node a, Node b) {
        String prefix = Vocab.ID + "person/";
        return NodeFactory.createURI(Vocab.ID + "met-with/" + a.getURI().substring(prefix.length()) + "--"
                + b.getURI().substring(prefix.length()));
    }

    private Iris() {
    }

    public static Node articleGraph(String articleId) {
        return NodeFactory.createURI(Vocab.ID + "graph/article/" + encode(articleId));
    }

    public static Node article(String articleId) {
        return NodeFactory.createURI(Vocab.ID + "article/" + encode(articleId));
    }

    /** A node inside an article: {@code …/article/ID/KIND/LOCAL}. */
    public static Node inArticle(String articleId, String kind, String local) {
        return NodeFactory.createURI(Vocab.ID + "article/" + encode(articleId) + "/" + kind + "/" + encode(local));
    }

    /** Persons are scoped to their article until the enrichment pass links them across articles. */
    public static Node person(String articleId, String name) {
        return inArticle(articleId, "person", name);
    }

    public static Node division(String code) {
        return NodeFactory.createURI(Vocab.ID + "place/gbt2260/" + encode(code));
    }

    public static Node namedPlace(String name) {
        return NodeFactory.createURI(Vocab.ID + "place/name/" + encode(name));
    }

    public static Node organization(String canonicalName) {
        return NodeFactory.createURI(Vocab.ID + "org/" + encode(canonicalName));
    }

    public static Node role(String roleWord) {
        return NodeFactory.createURI(Vocab.ID + "role/" + encode(roleWord));
    }

    public static Node eventType(String type) {
        return NodeFactory.createURI(Vocab.NG + "event-" + encode(type));
    }

    public static Node participantRole(String role) {
        return NodeFactory.createURI(Vocab.NG + "role-" + encode(role));
    }

    /** The inverse of {@link #encode}, for keys read back from IRIs. */
    /** An IRI as SPARQL writes it, for building queries: {@code <…>}. */
    public static String sparql(Node iri) {
        return "<" + iri.getURI() + ">";
    }

    public static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '~') {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return sb.toString();
    }
}
