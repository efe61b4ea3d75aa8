package org.newsgraph.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * What a run extracts, decided before extracting: each article id once (a second reading of an id is
 * rejected, as {@code ingest} rejects it), and in an incremental run only the articles whose content hash
 * is new or differs from the previous run's index ({@code ingest} skips unchanged articles the same way).
 */
final class Plan {

    /** One reading of an article id: the unit it came from, how a reject names it, its file and content hash. */
    record Seen(long order, String record, String file, String hash) implements Serializable {
    }

    private final Wanted wanted;
    private final JavaRDD<ArticleOutput> duplicates;
    private final long unchanged;
    private final String previous;

    private Plan(Wanted wanted, JavaRDD<ArticleOutput> duplicates, long unchanged, String previous) {
        this.wanted = wanted;
        this.duplicates = duplicates;
        this.unchanged = unchanged;
        this.previous = previous;
    }

    static Plan make(JavaSparkContext sc, JavaRDD<Unit> units, Settings settings, Broadcast<Map<String, byte[]>> manifests,
                     String previous, int parts) {
        JavaPairRDD<String, List<Seen>> byId = units.mapPartitionsToPair(it -> {
            Extraction x = new Extraction(settings, manifests.value());
            return Lazily.flatMap(it, u -> {
                List<Tuple2<String, Seen>> seen = new ArrayList<>();
                x.articles(u, a -> seen.add(new Tuple2<>(a.id(), new Seen(u.order(),
                        a.source().file() + (a.source().line() == null ? "" : ":" + a.source().line()),
                        a.source().file(), x.hash(a)))), r -> { });
                return seen;
            });
        }).groupByKey(parts).mapValues(seen -> {
            List<Seen> l = new ArrayList<>();
            seen.forEach(l::add);
            l.sort(Comparator.comparingLong(Seen::order));
            return l;
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<ArticleOutput> duplicates = byId.filter(t -> t._2().size() > 1).flatMap(t -> t._2().subList(1, t._2().size())
                .stream().map(d -> ArticleOutput.reject(d.record(), "duplicate article id " + t._1()
                        + " (first read from " + t._2().get(0).file() + ")")).iterator());
        if (previous == null) {
            Set<String> second = new HashSet<>(byId.filter(t -> t._2().size() > 1)
                    .flatMap(t -> t._2().subList(1, t._2().size()).stream().map(d -> Wanted.key(t._1(), d.order())).iterator())
                    .collect());
            return new Plan(Wanted.allBut(second), duplicates, 0, null);
        }
        JavaPairRDD<String, String> before = index(sc, previous);
        JavaPairRDD<String, Tuple2<Seen, org.apache.spark.api.java.Optional<String>>> joined =
                byId.mapValues(l -> l.get(0)).leftOuterJoin(before, parts);
        Set<String> changed = new HashSet<>(joined
                .filter(t -> !t._2()._2().isPresent() || !t._2()._2().get().equals(t._2()._1().hash()))
                .map(t -> Wanted.key(t._1(), t._2()._1().order())).collect());
        long same = joined.filter(t -> t._2()._2().isPresent() && t._2()._2().get().equals(t._2()._1().hash())).count();
        return new Plan(Wanted.only(changed), duplicates, same, previous);
    }

    private static JavaPairRDD<String, String> index(JavaSparkContext sc, String run) {
        return sc.textFile(run + "/index").mapToPair(line -> {
            String[] f = line.split("\t", 2);
            return new Tuple2<>(f[0], f[1]);
        });
    }

    Wanted wanted() {
        return wanted;
    }

    JavaRDD<ArticleOutput> duplicates() {
        return duplicates;
    }

    long unchanged() {
        return unchanged;
    }

    /** The previous run's records of the articles this run did not store anew (none in a full run). */
    JavaRDD<Records> previousRecords(JavaSparkContext sc, JavaRDD<ArticleOutput> outputs) {
        if (previous == null) {
            return sc.emptyRDD();
        }
        JavaRDD<Records> before = sc.objectFile(previous + "/records");
        return before.mapToPair(r -> new Tuple2<>(r.article(), r)).subtractByKey(storedIds(outputs)).values();
    }

    /** The previous run's index lines of the articles this run did not store anew (none in a full run). */
    JavaRDD<String> previousIndex(JavaSparkContext sc, JavaRDD<ArticleOutput> outputs) {
        if (previous == null) {
            return sc.emptyRDD();
        }
        return index(sc, previous).subtractByKey(storedIds(outputs)).map(t -> t._1() + "\t" + t._2());
    }

    private static JavaPairRDD<String, Boolean> storedIds(JavaRDD<ArticleOutput> outputs) {
        return outputs.filter(ArticleOutput::stored).mapToPair(o -> new Tuple2<>(o.id(), true));
    }
}
