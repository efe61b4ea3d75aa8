import org.newsgraph.eval.CorpusFormats;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.extract.ner.CharFeatures;
import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.extract.ner.TaggedSentence;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Token;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the training and development parts (as train-ner --without-dev and eval --part dev cut them) with the
 * perceptron's cheap non-n-gram features per character, and the perceptron's own reading of the dev part, for
 * tools/ner-neural/train.py. Run: java -cp MODELDIR:target/newsgraph-0.1.0.jar tools/ner-neural/DumpFeatures.java CORPORA OUTDIR
 */
public class DumpFeatures {
    static final Map<String, String> PD = Map.of("PER", "PERSON", "LOC", "PLACE", "ORG", "ORGANIZATION");
    static final Map<String, String> CLUENER = Map.of("name", "PERSON", "address", "PLACE", "scene", "PLACE",
            "government", "ORGANIZATION", "organization", "ORGANIZATION", "company", "ORGANIZATION", "position", "TITLE");

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Lexicons lex = Lexicons.bundled();
        CharFeatures features = NerModel.features(lex);
        NerModel model = NerModel.bundled(lex).orElseThrow();
        for (CorpusFormats.Part part : List.of(CorpusFormats.Part.TRAIN_WITHOUT_DEV, CorpusFormats.Part.DEV)) {
            List<GoldDocument> docs = new ArrayList<>();
            docs.addAll(CorpusFormats.readBio(corpora.resolve("peoples-daily-1998/dev.bio"), part, PD));
            docs.addAll(CorpusFormats.readBio(corpora.resolve("peoples-daily-1998/test.bio"), part, PD));
            docs.addAll(CorpusFormats.readCluener(corpora.resolve("cluener2020/train.json"), part, CLUENER));
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve(part.name().toLowerCase() + ".tsv")))) {
                for (GoldDocument d : docs) {
                    write(w, d, features, model, part == CorpusFormats.Part.DEV);
                }
            }
        }
    }

    static void write(PrintWriter w, GoldDocument d, CharFeatures features, NerModel model, boolean dev) {
        String domain = d.id().startsWith("train.json") ? NerModel.ONLINE_DOMAIN : NerModel.NEWS_DOMAIN;
        TaggedSentence s = TaggedSentence.of(d.text(), d.entities().stream().map(e -> new int[] {e.start(), e.end()}).toList(),
                d.entities().stream().map(GoldDocument.Entity::type).toList(), domain);
        int[] c = s.chars();
        List<Token> tokens = features.segment(c);
        List<String>[] f = features.extract(c, tokens);
        String[] mine = dev ? model.tag(c, tokens, domain) : null;
        w.println("# " + d.id() + "\t" + domain);
        for (int i = 0; i < c.length; i++) {
            StringBuilder b = new StringBuilder();
            String wp = "-";
            for (String x : f[i]) {
                if (x.startsWith("wp=")) {
                    wp = x.substring(3);
                } else if (x.startsWith("surname") || x.startsWith("titleBefore") || x.startsWith("place")
                        || x.equals("inPlace") || x.equals("orgEnd")) {
                    b.append(b.length() == 0 ? "" : ",").append(x);
                }
            }
            String ch = Character.isWhitespace(c[i]) ? "_" : new String(Character.toChars(c[i]));
            w.println(ch + "\t" + wp + "\t" + (b.length() == 0 ? "-" : b) + "\t" + s.labels()[i] + (dev ? "\t" + mine[i] : ""));
        }
        w.println();
    }
}
