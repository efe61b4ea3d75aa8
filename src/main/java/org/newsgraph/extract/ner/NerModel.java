package org.newsgraph.extract.ner;

import org.newsgraph.lexicon.DictionaryMatcher;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The trained character-level NER model and the features it was trained with. The model file is
 * {@code model/ner-perceptron.bin.gz} on the classpath, written by {@code newsgraph train-ner}.
 */
public final class NerModel {

    public static final String RESOURCE = "/model/ner-perceptron.bin.gz";

    private final PerceptronTagger tagger;
    private final CharFeatures features;

    public NerModel(PerceptronTagger tagger, CharFeatures features) {
        this.tagger = tagger;
        this.features = features;
    }

    /** The features computed from the lexicons: the same at training and at tagging time. */
    public static CharFeatures features(Lexicons lexicons) {
        Set<String> surnames = new HashSet<>();
        lexicons.rows("surnames.tsv", 1).forEach(r -> surnames.add(r[0]));
        Gazetteer gazetteer = Gazetteer.load(lexicons);
        DictionaryMatcher<Boolean> places = new DictionaryMatcher<>();
        for (String name : gazetteer.allNames()) {
            if (name.length() >= 2) {
                places.add(name, Boolean.TRUE);
            }
        }
        DictionaryMatcher<Boolean> orgSuffixes = new DictionaryMatcher<>();
        lexicons.rows("org-aliases.tsv", 3).forEach(r -> orgSuffixes.add(r[0], Boolean.TRUE));
        lexicons.rows("org-heads.tsv", 1).forEach(r -> orgSuffixes.add(r[0], Boolean.TRUE));
        DictionaryMatcher<Boolean> titles = new DictionaryMatcher<>();
        lexicons.rows("titles.tsv", 3).forEach(r -> titles.add(r[0], Boolean.TRUE));
        return new CharFeatures(surnames, places, orgSuffixes, titles);
    }

    /** SHA-256 of the bundled model file, recorded with every run; "none" when there is no model. */
    public static String bundledChecksum() {
        try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "none";
            }
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(in.readAllBytes());
            return "sha256:" + java.util.HexFormat.of().formatHex(md.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /** The bundled model, or empty when the jar has none (then only rules and HanLP are used). */
    public static Optional<NerModel> bundled(Lexicons lexicons) {
        try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new NerModel(PerceptronTagger.load(in), features(lexicons)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * BIO labels for one sentence.
     *
     * @param tokens the sentence's words, spans relative to the sentence
     */
    public String[] tag(int[] chars, List<Token> tokens, String domain) {
        return tagger.tag(chars.length, sink -> features.extract(chars, tokens, sink), domain);
    }

    /** BIO labels for one sentence following each domain's conventions, features computed once. */
    public String[][] tag(int[] chars, List<Token> tokens, String[] domains) {
        return tagger.tag(chars.length, sink -> features.extract(chars, tokens, sink), domains);
    }

    /** The training domain whose conventions newsgraph follows: People's Daily, the closest to local news. */
    public static final String NEWS_DOMAIN = "pd98";

    /** The training domain of online news (CLUENER), whose organisations (clubs, companies) newsgraph also reads. */
    public static final String ONLINE_DOMAIN = "cluener";
}
