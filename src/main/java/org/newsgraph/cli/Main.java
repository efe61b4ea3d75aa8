package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph}: Chinese news pages to a knowledge graph. One class per subcommand. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns Chinese local news into a knowledge graph you can query with SPARQL.",
        subcommands = {ExtractCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class,
            EvalCommand.class, TrainNerCommand.class, EnrichCommand.class, CompactCommand.class, ExportCommand.class,
            BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this directly. */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    System.err.println("error: " + e);
                    return ExitCode.FAILURE;
                })
                .execute(args);
    }
}
