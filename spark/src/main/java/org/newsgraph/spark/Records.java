package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.newsgraph.enrich.PersonResolution.ArticlePerson;
import org.newsgraph.rdf.Iris;

/**
 * One stored article's enrichment records: its persons, event reports and sub-organisation edges. Kept
 * with every run's output (as Spark object files), so that an incremental run re-enriches the whole
 * archive without re-extracting it.
 */
record Records(String article, List<ArticlePerson> persons, List<Enrichment.Reported> reports,
               List<String> subOrganizations) implements Serializable {

    static JavaRDD<Records> of(JavaRDD<ArticleOutput> outputs) {
        return outputs.filter(ArticleOutput::stored).map(o -> {
            String graph = Iris.articleGraph(o.id()).getURI();
            return new Records(o.id(), o.persons(),
                    o.reports().stream().map(r -> new Enrichment.Reported(graph, r)).toList(), o.subOrganizations());
        });
    }
}
