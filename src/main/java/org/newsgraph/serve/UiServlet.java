package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.CannedQueries;

/**
 * The canned queries for the browser page ({@code /queries/} lists them, {@code /queries/NAME.rq} gives
 * one, {@code /queries/NAME.params} its parameters, {@code /queries/NAME.rq?p=v} it with ?p bound), and the page files themselves, which are copied out of the jar for Fuseki's static file server.
 * The page sends queries to the read-only endpoint of the same server.
 */
final class UiServlet extends HttpServlet {

    /** The files of the browser pages under {@code /serve/ui/} in the jar. */
    static final List<String> PAGES = List.of("index.html", "network.html", "cytoscape.min.js", "cytoscape.LICENSE.txt");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "rq", "application/sparql-query; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/queries/") || path.equals("/queries")) {
            send(resp, "json", ("[\"" + String.join("\",\"", CannedQueries.NAMES) + "\"]").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        String name = file.replaceFirst("\\.(rq|params)$", "");
        if (!CannedQueries.NAMES.contains(name)) {
            resp.sendError(404);
            return;
        }
        List<String> declared = CannedQueries.parameters(name);
        if (file.endsWith(".params")) {
            send(resp, "json", JSON.writeValueAsBytes(declared));
            return;
        }
        send(resp, "rq", bound(name, declared, req).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The query text, with the declared parameters given in the request bound as string literals: bound
     * where the variable is used (a VALUES block added to the text would come too late for the name
     * index's {@code text:query}, which needs its argument when it is evaluated).
     */
    private static String bound(String name, List<String> declared, HttpServletRequest req) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : declared) {
            String v = req.getParameter(p);
            if (v != null && !v.isBlank()) {
                values.put(p, v.strip());
            }
        }
        return values.isEmpty() ? CannedQueries.text(name).orElse("") : CannedQueries.load(name, values).serialize();
    }

    /** Copies the page files out of the jar into a directory Fuseki can serve as static content. */
    static Path extractPages() throws IOException {
        Path dir = Files.createTempDirectory("newsgraph-ui");
        dir.toFile().deleteOnExit();
        for (String file : PAGES) {
            try (InputStream in = UiServlet.class.getResourceAsStream("/serve/ui/" + file)) {
                if (in == null) {
                    throw new IOException("missing resource /serve/ui/" + file);
                }
                Path target = dir.resolve(file);
                Files.copy(in, target);
                target.toFile().deleteOnExit();
            }
        }
        return dir;
    }

    private static void send(HttpServletResponse resp, String ext, byte[] body) throws IOException {
        resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
