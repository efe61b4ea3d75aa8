package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.eval.CorpusFormats;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.extract.ner.PerceptronTagger;
import org.newsgraph.extract.ner.TaggedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph train-ner}: trains the character-level NER model on the shared corpora (never on their
 * held-out parts) and writes a model file. It does not overwrite the model the jar bundles unless told
 * to ({@code --output src/main/resources/model/ner-perceptron.bin.gz}): a trial run must not change the
 * committed model.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the NER model on People's Daily 1998 and CLUENER2020 (held-out parts excluded).")
public final class TrainNerCommand implements Callable<Integer> {

    /** CLUENER labels used for training (book, game and movie are not among newsgraph's types). */
    static final Map<String, String> CLUENER_TRAINING = Map.of("name", "PERSON", "address", "PLACE",
            "scene", "PLACE", "government", "ORGANIZATION", "organization", "ORGANIZATION", "company", "ORGANIZATION",
            "position", "TITLE");

    @Option(names = "--corpora", defaultValue = "../shared/corpora", paramLabel = "DIR",
            description = "directory with peoples-daily-1998/ and cluener2020/ (default: ${DEFAULT-VALUE})")
    Path corpora;

    @Option(names = {"--output", "--out"}, defaultValue = "data/model/ner-perceptron.bin.gz", paramLabel = "FILE",
            description = "model file to write (default: ${DEFAULT-VALUE}; the bundled model is "
                    + "src/main/resources/model/ner-perceptron.bin.gz)")
    Path out;

    @Option(names = "--epochs", defaultValue = "8", description = "training passes (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--min-count", defaultValue = "2", description = "drop rarer features (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--corpus", split = ",", defaultValue = "pd98,cluener", paramLabel = "NAME",
            description = "corpora to train on: pd98, cluener (default: ${DEFAULT-VALUE})")
    List<String> use;

    @Option(names = "--without-dev", description = "leave out the development part too (for tuning against "
            + "eval --part dev)")
    boolean withoutDev;

    @Option(names = "--seed", defaultValue = "20261123", description = "shuffling seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        try {
            List<GoldDocument> docs = new ArrayList<>();
            Map<String, String> pd = Map.of("PER", "PERSON", "LOC", "PLACE", "ORG", "ORGANIZATION");
            Path pdDir = corpora.resolve("peoples-daily-1998");
            Optional<String> missing = use.contains("pd98")
                    ? Corpora.missing(pdDir.resolve("dev.bio"), "People's Daily 1998").or(
                            () -> Corpora.missing(pdDir.resolve("test.bio"), "People's Daily 1998"))
                    : Optional.empty();
            if (missing.isEmpty() && use.contains("cluener")) {
                missing = Corpora.missing(corpora.resolve("cluener2020/train.json"), "CLUENER2020");
            }
            if (missing.isPresent()) {
                System.err.println("error: " + missing.get());
                return ExitCode.FAILURE;
            }
            CorpusFormats.Part part = withoutDev ? CorpusFormats.Part.TRAIN_WITHOUT_DEV : CorpusFormats.Part.TRAIN;
            if (use.contains("pd98")) {
                docs.addAll(CorpusFormats.readBio(pdDir.resolve("dev.bio"), part, pd));
                docs.addAll(CorpusFormats.readBio(pdDir.resolve("test.bio"), part, pd));
            }
            if (use.contains("cluener")) {
                docs.addAll(CorpusFormats.readCluener(corpora.resolve("cluener2020/train.json"), part, CLUENER_TRAINING));
            }
            List<TaggedSentence> data = new ArrayList<>(docs.size());
            for (GoldDocument d : docs) {
                String domain = d.id().startsWith("train.json") ? "cluener" : NerModel.NEWS_DOMAIN;
                data.add(TaggedSentence.of(d.text(), d.entities().stream().map(e -> new int[] {e.start(), e.end()}).toList(),
                        d.entities().stream().map(GoldDocument.Entity::type).toList(), domain));
            }
            System.out.println("training sentences: " + data.size());
            long t0 = System.nanoTime();
            PerceptronTagger tagger = PerceptronTagger.train(data, NerModel.features(Lexicons.bundled()), epochs,
                    minCount, seed, epoch -> System.out.println("epoch " + epoch + " done"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                tagger.save(os);
            }
            System.out.printf("trained in %.1f s; %d features; wrote %s (%d bytes)%n", (System.nanoTime() - t0) / 1e9,
                    tagger.featureCount(), out, Files.size(out));
            return ExitCode.OK;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
