package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.ingest.Ingester;
import org.newsgraph.model.Jurisdiction;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by commands that read articles: the inputs, the default jurisdiction, extra lexicons. */
public final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = ".txt pages, directories of them, or .jsonl files of {id,text,published?,jurisdiction?}")
    List<Path> inputs;

    static final long DEFAULT_MAX_FILE_BYTES = 33_554_432;

    /** No default: an article is placed in a jurisdiction only when a manifest, its record or this option says so. */
    @Option(names = "--jurisdiction", paramLabel = "CODE",
            description = "GB/T 2260 code of the paper's home division when no manifest or record gives one "
                    + "(default: none; e.g. 140100 for 太原市)")
    String jurisdiction;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "directory whose lexicon files (titles.tsv, org-aliases.tsv, …) override the bundled ones")
    Path lexiconDir;

    @Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_FILE_BYTES,
            description = "reject pages and JSON lines larger than this (default: ${DEFAULT-VALUE})")
    long maxFileBytes;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: the number of cores; for "
            + "ingest one fewer, as a writer thread stores batches alongside); output order and IRIs do not depend on it")
    Integer threads;

    /** The extraction threads asked for, or the default: all cores, less one when a writer thread runs alongside. */
    int threads(boolean writer) {
        return threads != null ? threads : writer ? Ingester.defaultThreads() : Runtime.getRuntime().availableProcessors();
    }

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "also write each rejected record as a JSON line {record, reason} to this file")
    Path rejectsFile;

    RejectsFile rejects() {
        return new RejectsFile(rejectsFile);
    }

    ArticleReader reader() {
        return reader(maxFileBytes, jurisdiction);
    }

    /**
     * The one jurisdiction policy of every command that reads articles: a record's own jurisdiction, else
     * its page directory's manifest, else the home division given with {@code --jurisdiction}, else none.
     */
    static ArticleReader reader(long maxFileBytes, String homeJurisdiction) {
        return new ArticleReader(maxFileBytes, homeJurisdiction == null ? Jurisdiction.NONE
                : new Jurisdiction(homeJurisdiction, ""));
    }

    Lexicons lexicons() {
        return lexiconDir == null ? Lexicons.bundled() : Lexicons.withOverrides(lexiconDir);
    }
}
