package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.Pipeline;
import org.newsgraph.json.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph extract INPUT...}: JSON Lines on stdout, one line per article; rejects on stderr. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, officials, figures and events; write JSON Lines to stdout.")
public final class ExtractCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard(input.lexicons());
        AnalysisJson json = new AnalysisJson();
        AtomicInteger rejected = new AtomicInteger();
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        try {
            input.reader().read(input.inputs, article -> {
                try {
                    out.println(json.toLine(pipeline.run(article)));
                } catch (RuntimeException e) {
                    rejected.incrementAndGet();
                    System.err.println("rejected " + article.id() + ": extraction failed: " + e);
                }
            }, reject -> {
                rejected.incrementAndGet();
                System.err.println("rejected " + reject);
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
