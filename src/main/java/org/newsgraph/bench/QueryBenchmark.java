package org.newsgraph.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.Store;

/**
 * Latency of a canned query over HTTP on loopback, C concurrent clients, on a store that is built
 * (generate, ingest, enrich) when it does not exist yet.
 *
 * @param requests measured requests in all
 * @param warmup   warm-up requests, not measured
 */
public record QueryBenchmark(BenchRun common, ServedStore serve, int requests, int warmup) {

    public void run() throws Exception {
        Report report = common.report("query").put("query", serve.queryName());
        try (Store store = serve.openOrBuild(common, report)) {
            NewsgraphServer server = serve.serve(store);
            try {
                HttpClient http = ServedStore.client();
                HttpRequest request = serve.request(server);
                ServedStore.warmUp(http, request, warmup, report);
                common.startClock();
                HttpLoad.run(http, request, serve.clients(), requests, common::pastDeadline,
                        common.timeLimitSeconds() + serve.requestTimeout() + 10L).reportTo(report, "");
            } finally {
                server.stop();
            }
        }
        report.print();
    }
}
