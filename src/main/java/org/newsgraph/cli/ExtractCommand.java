package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.OrderedParallel;
import org.newsgraph.Pipeline;
import org.newsgraph.article.Reject;
import org.newsgraph.model.Article;
import org.newsgraph.json.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph extract INPUT...}: JSON Lines on stdout, one line per article; rejects on stderr. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, officials, figures and events; write JSON Lines to stdout.")
public final class ExtractCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    /** One article's output line, or why there is none. */
    private record Line(String json, Reject reject) {
    }

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard(input.lexicons());
        AnalysisJson json = new AnalysisJson();
        AtomicInteger rejected = new AtomicInteger();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        try (RejectsFile rejects = input.rejects();
             OrderedParallel<Article, Line> workers = new OrderedParallel<>(article -> {
                 try {
                     return new Line(json.toLine(pipeline.run(article)), null);
                 } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                     // one record's failure, even out of stack or heap, is that record's reject: its frames are
                     // gone once caught, and the batch goes on
                     return new Line(null, new Reject(article.id(), "extraction failed: " + e));
                 }
             }, input.threads(false), line -> {
                 if (line.reject() == null) {
                     out.println(line.json());
                 } else {
                     rejected.incrementAndGet();
                     rejects.add(line.reject());
                 }
             })) {
            input.reader().read(input.inputs, workers::submit, reject -> {
                rejected.incrementAndGet();
                rejects.add(reject);
            });
        } catch (UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCode.FAILURE;
        } finally {
            out.flush();
        }
        return rejected.get() == 0 ? ExitCode.OK : ExitCode.PARTIAL;
    }
}
