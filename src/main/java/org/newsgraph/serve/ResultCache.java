package org.newsgraph.serve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Answers a query asked again from memory while the store has not changed since the answer was made. The
 * network page and the who-met-whom summary ask the same full-network question for every visitor; with
 * several at once a 2-core server spent all its time answering it again. An answer is kept under the
 * store's data version (which every committed write and every compaction changes), the endpoint, the
 * query with its parameters and the {@code Accept} header, so a changed store is never answered from an
 * older state. Only complete 200 answers are kept, each at most a quarter of the cache, the cache at most
 * {@code maxBytes}; queries in bodies larger than {@link #MAX_BODY} bytes or of unknown length pass by.
 */
final class ResultCache implements Filter {

    /** The largest query body read into memory to make a key. */
    static final int MAX_BODY = 64 * 1024;

    private static final String FORM = "application/x-www-form-urlencoded";

    private final Supplier<String> dataVersion;
    private final Set<String> endpoints;
    private final String cannedPath;
    private final long maxAnswerBytes;
    private final Cache<Key, Answer> answers;

    /**
     * @param dataVersion the store's current data version
     * @param endpoints   request paths of the SPARQL query endpoints
     * @param cannedPath  the path under which canned queries take their parameters from the URL
     */
    ResultCache(Supplier<String> dataVersion, Set<String> endpoints, String cannedPath, long maxBytes) {
        this.dataVersion = dataVersion;
        this.endpoints = Set.copyOf(endpoints);
        this.cannedPath = cannedPath + "/";
        this.maxAnswerBytes = maxBytes / 4;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Answer answer) -> (int) Math.min(Integer.MAX_VALUE, key.weight() + answer.weight()))
                .build();
    }

    /** What identifies an answer. */
    private record Key(String version, String path, String request, String accept) {
        long weight() {
            return 2L * (path.length() + request.length() + accept.length()) + 64;
        }
    }

    /** A complete answer as it was sent. */
    record Answer(String contentType, String vary, byte[] body) {
        long weight() {
            return body.length + 128L;
        }

        void sendTo(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            if (vary != null) {
                response.setHeader("Vary", vary);
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI();
        Optional<Query> query = endpoints.contains(path) ? Query.of(http)
                : path.startsWith(cannedPath) && "GET".equals(http.getMethod()) ? Optional.of(Query.canned(http))
                : Optional.empty();
        if (query.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String accept = http.getHeader("Accept");
        Key key = new Key(dataVersion.get(), http.getRequestURI(), query.get().text(), accept == null ? "" : accept);
        Answer kept = answers.getIfPresent(key);
        if (kept != null) {
            kept.sendTo((HttpServletResponse) response);
            return;
        }
        RecordedResponse recorded = new RecordedResponse((HttpServletResponse) response, maxAnswerBytes);
        chain.doFilter(query.get().request(), recorded);
        recorded.answer().ifPresent(answer -> answers.put(key, answer));
    }

    /** A query request as a key text, with the request to pass on (its body, if read, replayed). */
    private record Query(String text, HttpServletRequest request) {

        static Optional<Query> of(HttpServletRequest http) throws IOException {
            String params = http.getQueryString() == null ? "" : http.getQueryString();
            String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase();
            return switch (http.getMethod()) {
                case "GET" -> http.getParameter("query") == null ? Optional.empty()
                        : Optional.of(new Query("GET " + params, http));
                case "POST" -> type.startsWith(FORM) ? form(http)
                        : type.startsWith("application/sparql-query") ? body(http, params) : Optional.empty();
                default -> Optional.empty();
            };
        }

        /** A canned query: its name is in the path, its parameters are the URL's. */
        static Query canned(HttpServletRequest http) {
            return new Query("GET " + (http.getQueryString() == null ? "" : http.getQueryString()), http);
        }

        /** Form parameters, parsed by Jetty (which keeps them for Fuseki), in a fixed order. */
        private static Optional<Query> form(HttpServletRequest http) {
            Map<String, String[]> sorted = new TreeMap<>(http.getParameterMap());
            if (!sorted.containsKey("query")) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder("FORM");
            sorted.forEach((name, values) -> {
                for (String value : values) {
                    text.append('\n').append(name).append('=').append(value.replace("\n", "\\n"));
                }
            });
            return Optional.of(new Query(text.toString(), http));
        }

        private static Optional<Query> body(HttpServletRequest http, String params) throws IOException {
            long length = http.getContentLengthLong();
            if (length < 0 || length > MAX_BODY) {
                return Optional.empty();
            }
            byte[] body = http.getInputStream().readNBytes((int) length);
            ReplayedRequest replay = new ReplayedRequest(http, body);
            return Optional.of(new Query("BODY " + params + "\n" + replay.text(), replay));
        }
    }
}
