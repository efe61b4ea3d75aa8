package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the TDB2 store. */
public final class StoreOption {

    @Option(names = "--store", defaultValue = "data/tdb2", paramLabel = "DIR",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE})")
    Path dir;
}
