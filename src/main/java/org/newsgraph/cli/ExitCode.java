package org.newsgraph.cli;

/** Exit codes a scheduler can act on. */
public final class ExitCode {

    /** Everything was processed. */
    public static final int OK = 0;
    /** The batch finished, but some records were rejected (listed on stderr). */
    public static final int PARTIAL = 1;
    /** The command line was wrong (picocli's own code). */
    public static final int USAGE = 2;
    /** Nothing useful was done: the store could not be opened, the server not started, … */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}
