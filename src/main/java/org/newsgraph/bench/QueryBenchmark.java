package org.newsgraph.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.CannedQueries;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.Store;

/**
 * Latency of a canned query over HTTP on loopback, C concurrent clients, on a store that is built
 * (generate, ingest, enrich) when it does not exist yet; then of who-met-whom-person and who-met-whom-pair
 * for the people of a sample of the store's pairs.
 *
 * @param requests measured requests in all
 * @param warmup   warm-up requests, not measured
 * @param focus    how the person and the pair query are asked
 */
public record QueryBenchmark(BenchRun common, ServedStore serve, int requests, int warmup, Focus focus) {

    /**
     * The person and pair queries' phases.
     *
     * @param requests measured requests of each query; 0 skips them
     * @param sample   pairs of the store those requests go through, in turn
     * @param warmup   unmeasured requests of each query first, from all clients: a server that has answered a
     *                 few hundred requests still runs them half interpreted, and analysts meet a server that
     *                 has been up for hours
     * @param canned   asked at the server's canned endpoint (GET /canned/NAME?person=…, parsed once) rather
     *                 than as query text at the SPARQL endpoint
     */
    public record Focus(int requests, int sample, int warmup, boolean canned) {
    }

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
                if (focus.requests() > 0) {
                    focused(store, server, http, report);
                }
            } finally {
                server.stop();
            }
        }
        report.print();
    }

    /** Whom one person met, and how two people met, for every n-th pair of the store in IRI order. */
    private void focused(Store store, NewsgraphServer server, HttpClient http, Report report) throws Exception {
        List<String[]> sample = samplePairs(store);
        if (sample.isEmpty()) {
            return;
        }
        report.put("focusSample", sample.size()).put("focusVia", focus.canned() ? "canned" : "sparql");
        List<HttpRequest> person = new ArrayList<>();
        List<HttpRequest> pair = new ArrayList<>();
        for (String[] p : sample) {
            person.add(request(server, "who-met-whom-person", Map.of("person", p[0])));
            pair.add(request(server, "who-met-whom-pair", Map.of("person", p[0], "other", p[1])));
        }
        // a fixed order, each phase from a collected heap: the summary's garbage fell on whichever came first
        Map<String, List<HttpRequest>> phases = new LinkedHashMap<>();
        phases.put("person", person);
        phases.put("pair", pair);
        for (Map.Entry<String, List<HttpRequest>> e : phases.entrySet()) {
            List<HttpRequest> rs = e.getValue();
            HttpLoad.run(http, i -> rs.get(i % rs.size()), serve.clients(), focus.warmup(), () -> false,
                    common.timeLimitSeconds() + serve.requestTimeout() + 10L);
            System.gc();
            HttpLoad.run(http, i -> rs.get(i % rs.size()), serve.clients(), focus.requests(), () -> false,
                    common.timeLimitSeconds() + serve.requestTimeout() + 10L).reportTo(report, e.getKey());
        }
    }

    private HttpRequest request(NewsgraphServer server, String name, Map<String, String> params) {
        return focus.canned() ? serve.cannedRequest(server, name, params)
                : serve.request(server, CannedQueries.prepare(name, params));
    }

    /** The two people's labels of every n-th pair of the met-with graph, as the store answers in TSV. */
    private List<String[]> samplePairs(Store store) {
        String tsv = store.select(Vocab.SPARQL_PREFIXES + "SELECT ?a ?b WHERE { GRAPH " + Iris.sparql(Iris.MET_WITH_GRAPH)
                + " { ?pair ng:personA ?x ; ng:personB ?y } GRAPH " + Iris.sparql(Iris.ENTITIES_GRAPH)
                + " { ?x rdfs:label ?a . ?y rdfs:label ?b } } ORDER BY ?pair", ResultFormat.TSV);
        List<String[]> pairs = new ArrayList<>();
        String[] lines = tsv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] ab = lines[i].split("\t");
            if (ab.length == 2) {
                pairs.add(new String[]{literal(ab[0]), literal(ab[1])});
            }
        }
        int step = Math.max(1, pairs.size() / Math.max(1, focus.sample()));
        List<String[]> sample = new ArrayList<>();
        for (int i = 0; i < pairs.size() && sample.size() < focus.sample(); i += step) {
            sample.add(pairs.get(i));
        }
        return sample;
    }

    /** A TSV cell's literal without its quotes: "张三" → 张三. */
    private static String literal(String cell) {
        String c = cell.strip();
        int end = c.lastIndexOf('"');
        return c.startsWith("\"") && end > 0 ? c.substring(1, end) : c;
    }
}
