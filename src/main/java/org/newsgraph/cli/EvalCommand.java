package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.Pipeline;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.extract.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph eval --gold FILE.jsonl}: precision, recall and F1 per type against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold JSON Lines: entities (exact span), officials, event participants.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE",
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

    @Override
    public Integer call() {
        try {
            GoldReader reader = new GoldReader(GoldReader.preset(labels));
            List<GoldDocument> docs = reader.read(gold);
            if (events != null) {
                docs = GoldReader.join(docs, new GoldReader(GoldReader.preset("none")).read(events));
            }
            Pipeline pipeline = Pipeline.standard(Lexicons.bundled());
            Evaluator.Report r = new Evaluator(pipeline::run, new ArticleReader(), pages).evaluate(docs);
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
            System.err.println("error: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
