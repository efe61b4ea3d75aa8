package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Says which public corpus a command is missing and where to get it: the corpora are not part of the
 * repository (a fresh clone has no {@code ../shared}), so a bare "file not found" is not enough.
 */
final class Corpora {

    static final String HOW_TO_GET = "The public corpora are not part of this repository. Put People's Daily 1998 NER "
            + "(dev.bio, test.bio from github.com/OYE93/Chinese-NLP-Corpus, NER/People's Daily) in "
            + "DIR/peoples-daily-1998/ and CLUENER2020 (train.json from github.com/CLUEbenchmark/CLUENER2020) in "
            + "DIR/cluener2020/, then pass --corpora DIR (default ../shared/corpora).";

    private Corpora() {
    }

    /** An error message when {@code file} (part of the named corpus) does not exist, else empty. */
    static Optional<String> missing(Path file, String corpus) {
        if (Files.isReadable(file)) {
            return Optional.empty();
        }
        return Optional.of("missing corpus " + corpus + ": " + file + " does not exist. " + HOW_TO_GET);
    }
}
