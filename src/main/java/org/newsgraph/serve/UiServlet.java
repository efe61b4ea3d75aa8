package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.CannedQueries;

/**
 * The canned queries for the browser page ({@code /queries/} lists them, {@code /queries/NAME.rq} gives
 * one), and the page files themselves, which are copied out of the jar for Fuseki's static file server.
 * The page sends queries to the read-only endpoint of the same server.
 */
final class UiServlet extends HttpServlet {

    /** The files of the browser pages under {@code /serve/ui/} in the jar. */
    static final List<String> PAGES = List.of("index.html", "network.html", "cytoscape.min.js", "cytoscape.LICENSE.txt");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "rq", "application/sparql-query; charset=utf-8",
            "json", "application/json; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.equals("/queries/") || path.equals("/queries")) {
            send(resp, "json", ("[\"" + String.join("\",\"", CannedQueries.NAMES) + "\"]").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.rq$", "");
        if (!CannedQueries.NAMES.contains(name)) {
            resp.sendError(404);
            return;
        }
        send(resp, "rq", CannedQueries.text(name).orElse("").getBytes(StandardCharsets.UTF_8));
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
