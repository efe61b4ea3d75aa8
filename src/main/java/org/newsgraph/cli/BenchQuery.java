package org.newsgraph.cli;


import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.net.http.HttpRequest;
import java.util.concurrent.Callable;
import org.newsgraph.bench.HttpLoad;
import org.newsgraph.bench.Report;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.CannedQueries;
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

    @Option(names = "--focus-requests", defaultValue = "1000",
            description = "measured requests of who-met-whom-person and of who-met-whom-pair; 0 skips them (default: ${DEFAULT-VALUE})")
    int focusRequests;

    @Option(names = "--focus-sample", defaultValue = "200",
            description = "pairs of the store the person and pair requests go through, in turn (default: ${DEFAULT-VALUE})")
    int focusSample;

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
                if (focusRequests > 0) {
                    focused(store, server, http, report);
                }
            } finally {
                server.stop();
            }
        }
        report.print();
        return ExitCode.OK;
    }

    /**
     * Whom one person met, and how two people met: {@code who-met-whom-person} and {@code who-met-whom-pair}
     * for the people of a sample of the store's pairs (every n-th in IRI order), one after the other.
     */
    private void focused(Store store, NewsgraphServer server, HttpClient http, Report report) throws Exception {
        List<String[]> pairs = new ArrayList<>();
        store.select(Vocab.SPARQL_PREFIXES + "SELECT ?a ?b WHERE { GRAPH <" + Iris.MET_WITH_GRAPH.getURI()
                + "> { ?pair ng:personA ?x ; ng:personB ?y } GRAPH <" + Iris.ENTITIES_GRAPH.getURI()
                + "> { ?x rdfs:label ?a . ?y rdfs:label ?b } } ORDER BY ?pair", s ->
                pairs.add(new String[]{s.getLiteral("a").getString(), s.getLiteral("b").getString()}));
        if (pairs.isEmpty()) {
            return;
        }
        int step = Math.max(1, pairs.size() / focusSample);
        List<String[]> sample = new ArrayList<>();
        for (int i = 0; i < pairs.size() && sample.size() < focusSample; i += step) {
            sample.add(pairs.get(i));
        }
        report.put("focusSample", sample.size());
        List<HttpRequest> person = new ArrayList<>();
        List<HttpRequest> pair = new ArrayList<>();
        for (String[] p : sample) {
            person.add(serve.request(server, CannedQueries.prepare("who-met-whom-person", Map.of("person", p[0]))));
            pair.add(serve.request(server, CannedQueries.prepare("who-met-whom-pair", Map.of("person", p[0], "other", p[1]))));
        }
        for (Map.Entry<String, List<HttpRequest>> e : Map.of("person", person, "pair", pair).entrySet()) {
            List<HttpRequest> rs = e.getValue();
            for (int i = 0; i < Math.min(warmup * 4, rs.size()); i++) {
                http.send(rs.get(i), java.net.http.HttpResponse.BodyHandlers.discarding());
            }
            HttpLoad.run(http, i -> rs.get(i % rs.size()), serve.clients, focusRequests, () -> false,
                    common.timeLimitSeconds + serve.requestTimeout + 10L).reportTo(report, e.getKey());
        }
    }
}
