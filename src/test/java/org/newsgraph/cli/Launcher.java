package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the packaged jar through the {@code ./newsgraph} launcher, as a user does. */
final class Launcher {

    /** Exit code, stdout and stderr of one launcher run. */
    record Run(int exit, String out, String err) {
    }

    private Launcher() {
    }

    /** @param env extra environment (NEWSGRAPH_JAVA_OPTS …); output files go to {@code tmp} */
    static Run run(Path tmp, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", "newsgraph"));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        int exit = pb.start().waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
