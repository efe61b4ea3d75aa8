package org.newsgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.newsgraph.article.ArticleReader;
import org.newsgraph.lexicon.Lexicons;
import org.newsgraph.model.Jurisdiction;

/**
 * What every task needs to build its extractors: the same options {@code ingest} takes. Sent to the
 * executors with each task; equal settings share one {@link Worker} per executor.
 *
 * @param maxFileBytes pages above this many bytes (and JSON lines above this many characters) are rejected
 * @param jurisdiction the home division's GB/T 2260 code when no manifest or record gives one ({@code ""}: none)
 * @param lexicons a directory of lexicon overrides present on every executor, or {@code ""} for the bundled ones
 */
record Settings(long maxFileBytes, String jurisdiction, String lexicons) implements Serializable {

    static final long DEFAULT_MAX_FILE_BYTES = 33_554_432;

    ArticleReader reader() {
        return new ArticleReader(maxFileBytes, jurisdiction.isEmpty() ? Jurisdiction.NONE : new Jurisdiction(jurisdiction, ""));
    }

    Lexicons lexiconSet() {
        return lexicons.isEmpty() ? Lexicons.bundled() : Lexicons.withOverrides(Path.of(lexicons));
    }
}
