package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query} while {@code serve} holds the store, both through the launcher as a user runs them. */
class ServerHoldsStoreIT {

    @TempDir
    Path tmp;

    @Test
    void queryNamesTheServerAndItsEndpoint() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path store = tmp.resolve("tdb2");
        Process server = new ProcessBuilder("bash", "newsgraph", "serve", "--store", store.toString(), "--port",
                Integer.toString(port), "--ingest", "seeds/000_3a58ff20b968069e.txt").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.contains("SPARQL endpoint")) {
                // wait until the server listens
            }
            Path err = tmp.resolve("err.txt");
            Process query = new ProcessBuilder(List.of("bash", "newsgraph", "query", "officials", "--store", store.toString()))
                    .redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile()).start();
            assertTrue(query.waitFor(120, TimeUnit.SECONDS));
            String message = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(ExitCode.FAILURE, query.exitValue(), message);
            assertTrue(message.contains("newsgraph serve") && message.contains("http://localhost:" + port + "/newsgraph/sparql"),
                    message);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
