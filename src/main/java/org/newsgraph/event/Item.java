package org.newsgraph.event;

import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * One unit of a sentence as the constructions see it: a mention (a person, a title, a place …), a word of
 * a class in contact-words.tsv, or any other word.
 *
 * @param span where it is in the article, in code points
 * @param word the text as written
 * @param classes its classes (PER, TITLE, MEET_HOST, DUN …); empty for a word of no class
 * @param person for a person item, the mention of the person it names (itself, or the full name that
 *               an honorific such as 王主席 or a quoted 我 stands for); null otherwise
 */
record Item(Span span, String word, Set<String> classes, Mention person) {

    static final String PERSON = "PER";

    boolean is(String cls) {
        return classes.contains(cls);
    }

    boolean isPerson() {
        return person != null && is(PERSON);
    }
}
