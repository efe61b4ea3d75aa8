package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ingest")
public final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCode.FAILURE;
    }
}
