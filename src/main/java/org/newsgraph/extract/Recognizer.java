package org.newsgraph.extract;

import org.newsgraph.model.Token;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;

/**
 * Finds candidate mentions in an article. Candidates may overlap; {@link MentionMerger} decides.
 * Implementations: the trained NER model, the gazetteer, organisation rules, titles, bylines, dates
 * and figures.
 */
public interface Recognizer {

    List<Mention> find(Article article, List<Token> tokens);
}
