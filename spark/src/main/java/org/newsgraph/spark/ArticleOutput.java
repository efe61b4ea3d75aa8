package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.newsgraph.enrich.EventMerging.Report;
import org.newsgraph.enrich.PersonResolution.ArticlePerson;

/**
 * What the job keeps of one article (or one reject): its extract JSON line, its graph as N-Quads and its
 * reference triples when it passed the shapes, its content hash, and the records the enrichment reads
 * from it — the same rows {@code enrich} reads from the store.
 */
record ArticleOutput(String id, String json, List<String> quads, List<String> reference, String hash,
                     List<ArticlePerson> persons, List<Report> reports, List<String> subOrganizations,
                     String rejectRecord, String rejectReason) implements Serializable {

    static ArticleOutput reject(String record, String reason) {
        return new ArticleOutput(null, null, List.of(), List.of(), null, List.of(), List.of(), List.of(), record, reason);
    }

    boolean stored() {
        return hash != null;
    }
}
