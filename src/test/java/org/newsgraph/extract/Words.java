package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;

/** Tokens for rule tests, written as the segmenter's words with their parts of speech: {@code "王明/nr", "和/c"}. */
final class Words {

    private Words() {
    }

    static List<Token> of(String... pieces) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String p : pieces) {
            String[] wp = p.split("/");
            out.add(new Token(new Span(at, at + wp[0].length()), wp[0], wp[1]));
            at += wp[0].length();
        }
        return out;
    }
}
