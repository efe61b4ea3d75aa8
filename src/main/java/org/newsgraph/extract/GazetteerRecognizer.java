package org.newsgraph.extract;

import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.MentionType;

/**
 * Places from the GB/T 2260 gazetteer and the landmark list. Full names (万柏林区, 清徐县) are taken
 * wherever they occur, which repairs segmentations such as 万 + 柏林区; short forms (清徐, 太原) only
 * where they start and end on word boundaries, so that 平安 in 平安建设 is not a county.
 */
public final class GazetteerRecognizer implements Recognizer {

    public static final String METHOD = "gazetteer-gbt2260";

    private final Gazetteer gazetteer;
    private final Predicate<String> commonWord;
    private final DictionaryMatcher<Boolean> matcher = new DictionaryMatcher<>();

    /**
     * @param commonWord true for ordinary words (资源, 合作, 新兴): their use as short county names
     *                   (资源县, 合作市, 新兴县) is not trusted, and a full name that is also an ordinary word
     *                   (城区, 街道) is a place only right after the place it lies in (大同市【城区】)
     */
    public GazetteerRecognizer(Gazetteer gazetteer, Predicate<String> commonWord) {
        this.gazetteer = gazetteer;
        this.commonWord = commonWord;
        for (String name : gazetteer.allNames()) {
            if (name.length() >= 2) {
                matcher.add(name, Boolean.TRUE);
            }
        }
    }

    @Override
    public List<Mention> find(Article article, List<Token> tokens) {
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Token t : tokens) {
            starts.add(t.span().start());
            ends.add(t.span().end());
        }
        Set<Integer> placeEnds = new HashSet<>();
        for (Token t : tokens) {
            if (t.pos().startsWith("ns")) {
                placeEnds.add(t.span().end());
            }
        }
        List<Mention> out = new ArrayList<>();
        for (var m : matcher.findAll(article.text())) {
            placeEnds.add(m.span().end());
        }
        for (var m : matcher.findAll(article.text())) {
            boolean common = commonWord.test(m.word());
            boolean full = (gazetteer.isFullName(m.word()) || gazetteer.landmark(m.word()).isPresent())
                    && (!common || placeEnds.contains(m.span().start()));
            boolean aligned = starts.contains(m.span().start()) && ends.contains(m.span().end()) && !common;
            if (full || aligned) {
                out.add(new Mention(m.span(), MentionType.PLACE, m.word(), METHOD, full ? 0.9 : 0.75));
            }
        }
        return out;
    }
}
