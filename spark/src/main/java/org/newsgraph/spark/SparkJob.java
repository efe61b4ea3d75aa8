package org.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.enrich.PersonResolution.ArticlePerson;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.ShapeGate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * newsgraph as a Spark application: {@code extract}, the article graphs of {@code ingest} and the
 * {@code enrich} pass over articles read from any Hadoop file system. Its N-Quads, loaded into an empty
 * TDB2 database, give the store {@code ingest} builds from the same input (the run log aside). With
 * {@code --previous} it extracts only the articles that are new or changed since that run and writes
 * those articles' graphs and the rebuilt enrichment graphs: the delta to load into that run's store.
 *
 * <p>Output folders under {@code --out}: {@code extract/} (JSON Lines, in input order across the part
 * files), {@code articles/}, {@code reference/} and {@code enrichment/} (N-Quads, {@code part-*.nq.gz}),
 * {@code rejects/} (JSON Lines {@code {record, reason}}), {@code index/} and {@code records/} (what the
 * next incremental run starts from) and {@code summary.json}.
 */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true,
        description = "Extract, map and enrich articles on Spark; write JSON Lines and N-Quads for TDB2.")
public final class SparkJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = ".txt pages, directories of them, or .jsonl files, on any Hadoop file system")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (must not exist)")
    String out;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "the output of an earlier run: extract only new and changed articles (incremental run)")
    String previous;

    @Option(names = "--jurisdiction", paramLabel = "CODE", defaultValue = "",
            description = "GB/T 2260 code of the home division when no manifest or record gives one (default: none)")
    String jurisdiction;

    @Option(names = "--lexicons", paramLabel = "DIR", defaultValue = "",
            description = "lexicon overrides, a directory present on every executor")
    String lexicons;

    @Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "" + Settings.DEFAULT_MAX_FILE_BYTES,
            description = "reject pages and JSON lines larger than this (default: ${DEFAULT-VALUE})")
    long maxFileBytes;

    @Option(names = "--compress", paramLabel = "CODEC", defaultValue = "gzip",
            description = "gzip (part files .nq.gz, .jsonl.gz, .tsv.gz; a tenth of the bytes) or none (default: ${DEFAULT-VALUE})")
    String compress = "gzip";

    @Option(names = "--partitions", paramLabel = "N",
            description = "partitions of the articles and of every shuffle (default: 4 per core of the cluster)")
    Integer partitions;

    public static void main(String[] args) {
        int code = new CommandLine(new SparkJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws IOException {
        SparkConf conf = new SparkConf().setAppName("newsgraph").setIfMissing("spark.master", "local[*]")
                .set("spark.rdd.compress", "true");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            FileSystem fs = new Path(out).getFileSystem(sc.hadoopConfiguration());
            if (fs.exists(new Path(out))) {
                System.err.println("error: the output directory " + out + " exists; give a new one");
                return 2;
            }
            ObjectNode summary = run(sc, new Settings(maxFileBytes, jurisdiction, lexicons),
                    partitions != null ? partitions : 4 * sc.defaultParallelism());
            try (OutputStream o = fs.create(new Path(out, "summary.json"))) {
                o.write((summary.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            System.out.println(summary);
            return summary.path("rejected").asLong() > 0 ? 1 : 0;
        }
    }

    /** Runs the job and says what it did. */
    ObjectNode run(JavaSparkContext sc, Settings settings, int parts) throws IOException {
        long t0 = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        Inputs.Listing listing = Inputs.list(inputs, hadoop);
        Broadcast<Map<String, byte[]>> manifests = sc.broadcast(listing.manifests());
        Broadcast<Map<String, String>> conf = sc.broadcast(Inputs.entries(hadoop));
        long max = settings.maxFileBytes();
        JavaRDD<Unit> units = sc.parallelize(listing.files(), Math.max(1, Math.min(listing.files().size(), parts)))
                .flatMap(f -> Inputs.read(f, max, Inputs.configuration(conf.value())))
                .union(sc.parallelize(listing.missing(), 1))
                .mapToPair(u -> new Tuple2<>(u.order(), u))
                .sortByKey(true, parts)
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        Plan plan = Plan.make(sc, units, settings, manifests, previous, parts);
        Broadcast<Wanted> wanted = sc.broadcast(plan.wanted());
        JavaRDD<ArticleOutput> outputs = units.mapPartitions(it -> {
            Extraction x = new Extraction(settings, manifests.value());
            Wanted w = wanted.value();
            return Lazily.flatMap(it, u -> x.extract(u, id -> w.test(id, u.order())));
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        ObjectNode s = new ObjectMapper().createObjectNode();
        s.put("job", "newsgraph-spark").put("master", sc.master()).put("defaultParallelism", sc.defaultParallelism())
                .put("partitions", parts).put("inputFiles", listing.files().size())
                .put("incremental", previous != null);
        save(outputs.filter(o -> o.json() != null).map(ArticleOutput::json), "extract", "jsonl");
        double extractSeconds = seconds(t0);
        save(outputs.flatMap(o -> o.quads().iterator()), "articles", "nq");
        JavaRDD<String> eventTypes = sc.parallelize(NQuads.lines(Iris.REFERENCE_GRAPH, ShapeGate.loadBundled("event-types.ttl")), 1);
        save(outputs.flatMap(o -> o.reference().iterator()).union(eventTypes).distinct(parts), "reference", "nq");
        JavaRDD<ArticleOutput> rejects = outputs.filter(o -> o.rejectRecord() != null).union(plan.duplicates());
        save(rejects.map(o -> new ObjectMapper().createObjectNode().put("record", o.rejectRecord())
                .put("reason", o.rejectReason()).toString()), "rejects", "jsonl");
        double articlesSeconds = seconds(t0);

        JavaRDD<Records> records = Records.of(outputs).union(plan.previousRecords(sc, outputs));
        records.saveAsObjectFile(out + "/records");
        JavaRDD<String> index = outputs.filter(ArticleOutput::stored).map(o -> o.id() + "\t" + o.hash())
                .union(plan.previousIndex(sc, outputs));
        save(index, "index", "tsv");
        JavaRDD<Records> all = sc.objectFile(out + "/records");
        JavaRDD<ArticlePerson> persons = all.flatMap(r -> r.persons().iterator());
        long enrichStart = System.nanoTime();
        save(Enrichment.quads(sc, persons, all.flatMap(r -> r.reports().iterator()),
                all.flatMap(r -> r.subOrganizations().iterator()), parts), "enrichment", "nq");
        double enrichSeconds = seconds(enrichStart);

        long stored = outputs.filter(ArticleOutput::stored).count();
        long rejected = rejects.count();
        s.put("articlesExtracted", outputs.filter(o -> o.id() != null).count()).put("articlesStored", stored)
                .put("unchanged", plan.unchanged()).put("rejected", rejected)
                .put("articlesInIndex", sc.textFile(out + "/index").count())
                .put("articleQuads", outputs.map(o -> (long) o.quads().size()).fold(0L, Long::sum))
                .put("enrichmentQuads", sc.textFile(out + "/enrichment").count())
                .put("extractSeconds", round(extractSeconds)).put("articlesSeconds", round(articlesSeconds))
                .put("enrichSeconds", round(enrichSeconds)).put("seconds", round(seconds(t0)));
        return s;
    }

    /**
     * Saves lines as text part files, gzipped unless told not to, then names them by their syntax
     * ({@code part-00000.nq.gz}): Jena's loaders and Hadoop's text input read the syntax and the codec from it.
     */
    private void save(JavaRDD<String> lines, String dir, String extension) throws IOException {
        String path = out + "/" + dir;
        boolean gzip = switch (compress) {
            case "gzip" -> true;
            case "none" -> false;
            default -> throw new IllegalArgumentException("--compress: gzip or none, not " + compress);
        };
        if (gzip) {
            lines.saveAsTextFile(path, GzipCodec.class);
        } else {
            lines.saveAsTextFile(path);
        }
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(lines.context().hadoopConfiguration());
        for (FileStatus f : fs.listStatus(p)) {
            String name = f.getPath().getName();
            if (name.startsWith("part-")) {
                String part = gzip ? name.substring(0, name.length() - ".gz".length()) : name;
                fs.rename(f.getPath(), new Path(p, part + "." + extension + (gzip ? ".gz" : "")));
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
