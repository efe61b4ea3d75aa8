package org.newsgraph.extract;

import org.newsgraph.lexicon.OrgLexicon;
import org.newsgraph.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;

/** Organisations from the alias table and fixed names: 市卫健委, 清徐县委, 万柏林区委组织部, 综改区党工委. */
public final class OrganizationRecognizer implements Recognizer {

    public static final String METHOD = "org-alias-rules";

    private final OrgLexicon lexicon;

    public OrganizationRecognizer(OrgLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        int[] cps = article.text().codePoints().toArray();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            for (var parsed : lexicon.allAt(cps, i)) {
                var span = parsed.span();
                out.add(new Mention(span, MentionType.ORGANIZATION,
                        new String(cps, span.start(), span.length()), METHOD, 0.9));
            }
        }
        return out;
    }
}
