package org.newsgraph.cli;


import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.Callable;
import org.newsgraph.bench.HttpLoad;
import org.newsgraph.bench.Report;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench query}: latency of a canned query over HTTP on loopback, C concurrent clients,
 * on a store that is built (generate, ingest, enrich) when it does not exist yet.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "who-met-whom latency (p50/p99) over HTTP on loopback, C clients, R requests.")
final class BenchQuery implements Callable<Integer> {
    @Mixin
    BenchOptions common;

    @Mixin
    BenchServeOptions serve;

    @Option(names = "--requests", defaultValue = "200", description = "measured requests in all (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up requests, not measured (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws Exception {
        return common.thenCleanUp(this::run);
    }

    private int run() throws Exception {
        if (requests < 1 || serve.clients < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--requests and --clients must be >= 1");
        }
        Report report = common.report("query").put("query", serve.queryName);
        try (Store store = serve.openOrBuild(common, report)) {
            NewsgraphServer server = serve.serve(store);
            try {
                HttpClient http = BenchServeOptions.client();
                HttpRequest request = serve.request(server);
                BenchServeOptions.warmUp(http, request, warmup, report);
                common.startClock();
                HttpLoad.run(http, request, serve.clients, requests, common::pastDeadline,
                        common.timeLimitSeconds + serve.requestTimeout + 10L).reportTo(report, "");
            } finally {
                server.stop();
            }
        }
        report.print();
        return ExitCode.OK;
    }
}
