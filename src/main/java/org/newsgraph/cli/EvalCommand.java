package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.Pipeline;
import org.newsgraph.article.ArticleReader;
import java.util.function.Function;
import org.newsgraph.eval.ContactEvaluator;
import org.newsgraph.eval.CorpusFormats;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.extract.Baselines;
import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.model.Analysis;
import org.newsgraph.model.Article;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval --gold FILE.jsonl}: precision, recall and F1 per type against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold JSON Lines: entities (exact span), officials, event participants.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--contacts", paramLabel = "FILE",
            description = "score who-met-whom pairs against contact gold ({id,text,pairs:[{a,b,kind}]}, "
                    + "src/test/resources/gold/contacts/) instead of --gold")
    Path contacts;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "gold JSON Lines {id,text,published?,entities:[{start,end,type}],officials?,events?}")
    Path gold;

    @Option(names = "--events", paramLabel = "FILE",
            description = "gold events for the same ids ({id,events:[{type,date,participants:[{name,role}]}]})")
    Path events;

    @Option(names = "--labels", defaultValue = "none", paramLabel = "MAP",
            description = "map gold labels to newsgraph types: none, pd98 (PER/LOC/ORG), cluener (default: ${DEFAULT-VALUE})")
    String labels;

    @Option(names = "--pages", description = "records are whole newspaper pages: split them into articles first")
    boolean pages;

    @Option(names = "--errors", defaultValue = "0", paramLabel = "N", description = "print the first N errors")
    int errors;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "gold file format: jsonl (newsgraph gold), bio (People's Daily), cluener (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--part", defaultValue = "held-out", paramLabel = "PART",
            description = "for bio/cluener corpora: held-out, train, dev (the development part of train, for "
                    + "tuning), train-without-dev or all (default: ${DEFAULT-VALUE})")
    String part;

    @Option(names = "--extractor", defaultValue = "newsgraph", paramLabel = "NAME",
            description = "newsgraph (the full pipeline), model (the trained NER model alone, news conventions), "
                    + "model-cluener (the model with CLUENER's conventions) or hanlp (HanLP portable out of the box) "
                    + "(default: ${DEFAULT-VALUE})")
    String extractor;

    /** Bio and cluener gold are the public corpora, which a fresh clone does not have: say which and where. */
    private Optional<String> missingGold() {
        if (gold == null) {
            return Optional.empty();
        }
        return format.equals("jsonl")
                ? Corpora.missing(gold, "").map(m -> "gold file " + gold + " does not exist")
                : Corpora.missing(gold, format.equals("bio") ? "People's Daily 1998" : "CLUENER2020");
    }

    @Override
    public Integer call() {
        if (contacts != null) {
            return contactPairs();
        }
        if (gold == null) {
            System.err.println("error: give --gold FILE or --contacts FILE");
            return ExitCode.USAGE;
        }
        try {
            List<GoldDocument> docs = format.equals("jsonl")
                    ? new GoldReader(GoldReader.preset(labels)).read(gold)
                    : CorpusFormats.read(gold, format, CorpusFormats.Part.valueOf(part.toUpperCase().replace('-', '_')),
                            GoldReader.preset(labels));
            if (events != null) {
                docs = GoldReader.join(docs, new GoldReader(GoldReader.preset("none")).read(events));
            }
            Lexicons lexicons = Lexicons.bundled();
            Function<Article, Analysis> f = switch (extractor) {
                case "newsgraph" -> Pipeline.standard(lexicons)::run;
                case "model" -> Baselines.modelOnly(lexicons, NerModel.NEWS_DOMAIN);
                case "model-cluener" -> Baselines.modelOnly(lexicons, "cluener");
                case "hanlp" -> Baselines.hanlpOutOfTheBox();
                default -> throw new IllegalArgumentException("unknown extractor " + extractor);
            };
            long t0 = System.nanoTime();
            Evaluator.Report r = new Evaluator(f, new ArticleReader(), pages).evaluate(docs);
            System.out.printf("extractor: %s, %.1f s%n", extractor, (System.nanoTime() - t0) / 1e9);
            System.out.println("documents: " + docs.size() + "  (" + gold + ")");
            System.out.print(r.entities().table("entities"));
            if (r.officials().labels().iterator().hasNext()) {
                System.out.print(r.officials().table("officials"));
            }
            if (r.participants().labels().iterator().hasNext()) {
                System.out.print(r.participants().table("event participants"));
            }
            r.errors().stream().sorted().limit(errors).forEach(System.out::println);
            return ExitCode.OK;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + missingGold().orElse(e.getMessage()));
            return ExitCode.FAILURE;
        }
    }

    private int contactPairs() {
        try {
            List<ContactEvaluator.GoldRecord> records = ContactEvaluator.read(contacts);
            long t0 = System.nanoTime();
            ContactEvaluator.Report r = ContactEvaluator.evaluate(records, Pipeline.standard(Lexicons.bundled())::run);
            System.out.printf("records: %d  (%s), %.1f s%n", records.size(), contacts, (System.nanoTime() - t0) / 1e9);
            System.out.print(r.table());
            r.errors().stream().limit(errors).forEach(System.out::println);
            return ExitCode.OK;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
