package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * Caps the number of results a query may return: a SELECT (or CONSTRUCT/DESCRIBE) without LIMIT, or with a
 * larger one, is run with LIMIT {@code max}. Works for {@code ?query=} parameters (GET and form POST) and
 * for {@code application/sparql-query} bodies. Queries that do not parse are passed on untouched, so that
 * the endpoint reports the syntax error as usual.
 */
final class ResultLimitFilter implements Filter {

    private final long max;

    ResultLimitFilter(long max) {
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String type = http.getContentType() == null ? "" : http.getContentType();
        if (type.startsWith("application/sparql-query")) {
            byte[] body = http.getInputStream().readAllBytes();
            String limited = limit(new String(body, StandardCharsets.UTF_8));
            chain.doFilter(new BodyWrapper(http, limited.getBytes(StandardCharsets.UTF_8)), response);
            return;
        }
        String query = http.getParameter("query");
        if (query == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new ParameterWrapper(http, limit(query)), response);
    }

    String limit(String text) {
        try {
            Query q = QueryFactory.create(text);
            if (q.isAskType() || q.hasLimit() && q.getLimit() <= max) {
                return text;
            }
            q.setLimit(max);
            return q.serialize();
        } catch (QueryParseException e) {
            return text;
        }
    }

    /** A request whose {@code query} parameter is replaced. */
    private static final class ParameterWrapper extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        ParameterWrapper(HttpServletRequest request, String query) {
            super(request);
            params = new HashMap<>(request.getParameterMap());
            params.put("query", new String[] {query});
        }

        @Override
        public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params;
        }

        @Override
        public String[] getParameterValues(String name) {
            return params.get(name);
        }
    }

    /** A request whose body is replaced. */
    private static final class BodyWrapper extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyWrapper(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }
}
