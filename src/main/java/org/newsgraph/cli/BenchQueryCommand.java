package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.bench.BenchRun;
import org.newsgraph.bench.QueryBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph bench query}: the options of {@link QueryBenchmark}. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "who-met-whom latency (p50/p99) over HTTP on loopback, C clients, R requests.")
final class BenchQueryCommand implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Mixin
    BenchServeOptions serve;

    @Option(names = "--requests", defaultValue = "200", description = "measured requests in all (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up requests, not measured (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--focus-requests", defaultValue = "1000",
            description = "measured requests of who-met-whom-person and of who-met-whom-pair; 0 skips them (default: ${DEFAULT-VALUE})")
    int focusRequests;

    @Option(names = "--focus-sample", defaultValue = "200",
            description = "pairs of the store the person and pair requests go through, in turn (default: ${DEFAULT-VALUE})")
    int focusSample;

    @Option(names = "--focus-warmup", defaultValue = "3000",
            description = "unmeasured requests of each of those two queries first, from all clients (default: ${DEFAULT-VALUE})")
    int focusWarmup;

    @Option(names = "--focus-via", defaultValue = "sparql",
            description = "where those two queries are asked: sparql (query text at the SPARQL endpoint) or canned "
                    + "(GET /canned/NAME?person=…) (default: ${DEFAULT-VALUE})")
    String focusVia;

    @Override
    public Integer call() throws Exception {
        BenchRun run = common.run();
        return run.thenCleanUp(() -> {
            if (requests < 1 || serve.clients < 1) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--requests and --clients must be >= 1");
            }
            if (!focusVia.equals("sparql") && !focusVia.equals("canned")) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--focus-via is sparql or canned: " + focusVia);
            }
            new QueryBenchmark(run, serve.store(), requests, warmup, new QueryBenchmark.Focus(focusRequests, focusSample,
                    focusWarmup, focusVia.equals("canned"))).run();
            return ExitCode.OK;
        });
    }
}
