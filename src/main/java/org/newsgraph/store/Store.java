package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;

/**
 * The TDB2 database: one named graph per article, one for shared reference data. Every change is one
 * write transaction, so a failure or a kill leaves the previous state.
 *
 * <p>Names are searchable through a Jena text index kept beside the database ({@code DIR-text}).
 *
 * <p>TDB2 allows one JVM per database directory: run {@code ingest} while {@code serve} is stopped (or
 * send updates through the server).
 */
public final class Store implements AutoCloseable {

    /** What happened to an article on {@link #putArticle}. */
    public enum Outcome { ADDED, REPLACED, UNCHANGED }

    /** The predicates whose objects the name index holds. */
    private static final Set<Node> INDEXED = Set.of(RDFS.label.asNode(), NodeFactory.createURI(Vocab.SKOS + "altLabel"));

    /**
     * The indexes of a new database: TDB2's default six quad indexes less GOSP and OSPG, which serve only
     * patterns with the object bound and the predicate not; newsgraph's queries bind every predicate, and
     * such a pattern still works, by scanning. A third less disk and index writes. A store keeps the
     * layout it was created with (TDB2 writes it to {@code tdb.cfg}).
     */
    static final StoreParams LAYOUT = StoreParamsBuilder.create()
            .quadIndexes(new String[]{"GSPO", "GPOS", "SPOG", "POSG"}).build();

    /** In the database directory: its size in bytes after the last compaction. */
    private static final String COMPACTED = "newsgraph-compacted";

    private final Path dir;
    private final Dataset dataset;
    private final DatasetGraph tdb;
    private boolean closed;

    private Store(Path dir, Dataset dataset, DatasetGraph tdb) {
        this.dir = dir;
        this.dataset = dataset;
        this.tdb = tdb;
    }

    /**
     * Opens (or creates) the store in {@code dir}, with its name index beside it in {@code dir-text}: a
     * Jena text (Lucene) index over {@code rdfs:label} and {@code skos:altLabel} with Lucene's CJK
     * analyser, which indexes overlapping character bigrams, so that 卫健委 finds 市卫健委 and 陈博 finds
     * 陈博 without word segmentation. The index is updated by the same writes as the data; Lucene commits
     * just after TDB2 does, so a crash in between can leave the index one change behind the data.
     */
    public static Store open(Path dir) {
        boolean fresh = DatabaseOps.findStorageLocation(dir) == null;
        Dataset tdb = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()),
                fresh ? LAYOUT : null));
        // the switchable dataset keeps this context through compactions, so every generation sorts this way
        QC.setFactory(tdb.getContext(), KeyedSort.FACTORY);
        try {
            Path textDir = dir.toAbsolutePath().resolveSibling(dir.getFileName() + "-text");
            Files.createDirectories(textDir);
            EntityDefinition names = new EntityDefinition("uri", "name", RDFS.label.asNode());
            INDEXED.forEach(p -> names.set("name", p));
            names.setUidField("uid");
            TextIndexConfig config = new TextIndexConfig(names);
            config.setAnalyzer(new CJKAnalyzer());
            config.setQueryAnalyzer(new CJKAnalyzer());
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(textDir), config);
            return new Store(dir, TextDatasetFactory.create(tdb, index, true), tdb.asDatasetGraph());
        } catch (IOException | RuntimeException e) {
            tdb.close();
            throw new UncheckedIOException("cannot open the name index beside " + dir,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    /**
     * The dataset itself, for the SPARQL server only (it runs its own transactions); everything else
     * goes through {@link #select}, {@link #read}, {@link #write} and {@link #dump}. {@code LayeringTest}
     * checks that no other package calls this.
     */
    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** Runs an action in a read transaction, or in the caller's transaction when there is one. */
    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    /** Runs an action in a write transaction, or in the caller's write transaction when there is one. */
    public <T> T write(Supplier<T> action) {
        return Txn.calculateWrite(dataset, action);
    }

    /**
     * Which committed state the store is in: the database generation and TDB2's count of committed writes,
     * so it changes with every write and every compaction. A cached answer made at one version is stale at
     * any other.
     */
    public String dataVersion() {
        return Txn.calculateRead(tdb, () -> {
            DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
            return storage.getLocation().getDirectoryPath() + "#"
                    + storage.getTxnSystem().getThreadTransaction().getDataVersion();
        });
    }

    /** Runs a SELECT query (in a read transaction unless the caller is in one), passing on each row. */
    public void select(String sparql, Consumer<QuerySolution> row) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    row.accept(rs.next());
                }
            }
        });
    }

    /** Runs a SELECT query and writes its results in a format for people or for other tools. */
    public String select(String sparql, ResultFormat format) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(sparql).build()) {
                return format.write(qe.execSelect());
            }
        });
    }

    /** Runs an ASK query. */
    public boolean ask(String sparql) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(sparql).build()) {
                return qe.execAsk();
            }
        });
    }

    /** Writes every quad as N-Quads, in one read transaction. */
    public void dump(OutputStream out) {
        Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset.asDatasetGraph(), Lang.NQUADS));
    }

    /**
     * Stores an article graph in one transaction: unchanged (same content hash) articles are left alone,
     * changed ones have their graph replaced whole. Reference triples are added to the reference graph.
     */
    public Outcome putArticle(ArticleMapper.Mapped m) {
        return putArticles(List.of(m)).get(0);
    }

    /**
     * Stores a batch of article graphs in one transaction, each as {@link #putArticle} would. Batches keep
     * TDB2's copy-on-write overhead down (one transaction per article grows the files many times over);
     * a crash loses at most the batch, which the next run writes again.
     */
    public List<Outcome> putArticles(List<ArticleMapper.Mapped> batch) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Outcome> outcomes = new ArrayList<>();
            for (ArticleMapper.Mapped m : batch) {
                Node graph = m.graphName();
                boolean exists = dsg.containsGraph(graph) && !dsg.getGraph(graph).isEmpty();
                if (exists && storedHashIs(dsg.getGraph(graph), m.contentHash())) {
                    outcomes.add(Outcome.UNCHANGED);
                    continue;
                }
                if (exists) {
                    removeQuads(dsg, graph);
                }
                addAll(graph, m.article());
                addAll(Iris.REFERENCE_GRAPH, m.reference());
                outcomes.add(exists ? Outcome.REPLACED : Outcome.ADDED);
            }
            return outcomes;
        });
    }

    /**
     * Compacts the database: TDB2 keeps superseded data until compaction, so a store that has seen many
     * writes shrinks, often several times over; the new generation's indexes are packed full
     * ({@link Packing}). Waits until no transaction is open, and queries wait while it runs.
     */
    public void compact() {
        DatasetGraphSwitchable container = container();
        container.startExclusiveMode();
        compactExclusively(container);
    }

    /**
     * The database container every transaction goes through. Its exclusive mode, unlike that of the
     * generation inside it, holds new transactions back before they pick a generation, so that they start
     * on the new one once the compaction has switched.
     */
    private DatasetGraphSwitchable container() {
        return TDBInternal.getDatabaseContainer(tdb);
    }

    /** Compacts while the caller holds the container's exclusive mode, which this gives up. */
    private void compactExclusively(DatasetGraphSwitchable container) {
        Location old = ((DatasetGraphTDB) container.get()).getLocation();
        try {
            Packing.compact(container);
        } finally {
            container.finishExclusiveMode();
        }
        Packing.retire(old);
        recordCompaction();
    }

    private void recordCompaction() {
        try {
            Files.writeString(dir.resolve(COMPACTED), Long.toString(bytesOnDisk()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the compaction in " + dir, e);
        }
    }

    /**
     * Compacts when the policy says the database has grown enough since its last compaction (a store
     * never compacted counts as having been empty then).
     *
     * @return whether it compacted; false also when transactions stayed open for the whole wait
     */
    public boolean compactIfGrown(Compaction policy) {
        long after = 0;
        try {
            Path record = dir.resolve(COMPACTED);
            if (Files.exists(record)) {
                after = Long.parseLong(Files.readString(record).trim());
            }
        } catch (IOException | NumberFormatException e) {
            after = 0; // an unreadable record only means an early compaction
        }
        if (!policy.due(bytesOnDisk(), after)) {
            return false;
        }
        DatasetGraphSwitchable container = container();
        if (!exclusive(container, policy.waitMillis())) {
            return false; // readers kept the store busy: the next check tries again
        }
        compactExclusively(container);
        return true;
    }

    /**
     * Takes TDB2's exclusive mode when the store has no open transaction within the wait, else gives up. A
     * blocking wait never ends if a reader never finishes, or if queries keep arriving while one is open;
     * an ingest beside a busy endpoint then stopped inside its compaction.
     */
    private static boolean exclusive(DatasetGraphSwitchable container, long waitMillis) {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        while (!container.tryExclusiveMode(false)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * The size of the database files (the name index beside it not counted): their lengths, not the disk
     * blocks they use, so a small store looks bigger than it is (TDB2 extends its files in steps of
     * 8 MB). Compaction's size floor keeps such stores out of its way.
     */
    public long bytesOnDisk() {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }

    /** Adds triples to the reference graph (ontology terms, event types); set semantics, so idempotent. */
    public void addReference(Graph g) {
        Txn.executeWrite(dataset, () -> addAll(Iris.REFERENCE_GRAPH, g));
    }

    /**
     * Replaces a whole named graph inside the caller's write transaction (enrichment passes rebuild their
     * graphs on every run, all in one transaction).
     */
    public void replaceGraphInTransaction(Node graph, Graph content) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        removeQuads(dsg, graph);
        addAll(graph, content);
    }

    /**
     * Inside the caller's write transaction, deletes the quads of a graph that match a pattern
     * ({@link Node#ANY} for any term) and adds triples to it: an enrichment pass that rebuilds part of its
     * graphs.
     */
    public void deleteInTransaction(Node graph, Node s, Node p, Node o) {
        removeQuads(dataset.asDatasetGraph(), graph, s, p, o);
    }

    /** Adds triples to a graph inside the caller's write transaction (see {@link #deleteInTransaction}). */
    public void addInTransaction(Node graph, Graph content) {
        addAll(graph, content);
    }

    /** Appends a run record to the runs graph. */
    public void appendRun(Graph run) {
        Txn.executeWrite(dataset, () -> addAll(Iris.RUNS_GRAPH, run));
    }

    /**
     * Drops every article graph not named in {@code keep} (graph IRIs), each in its own transaction.
     *
     * @return how many were dropped
     */
    public int dropArticlesExcept(Set<String> keep) {
        String prefix = Iris.articleGraph("").getURI();
        List<Node> stale = Txn.calculateRead(dataset, () -> {
            List<Node> out = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(prefix) && !keep.contains(g.getURI())) {
                    out.add(g);
                }
            });
            return out;
        });
        for (Node g : stale) {
            Txn.executeWrite(dataset, () -> removeQuads(dataset.asDatasetGraph(), g));
        }
        return stale.size();
    }

    /**
     * Quads of data: everything but the runs log, which grows by one record per run. Counted as the sizes
     * of TDB2's primary quad and triple indexes, without turning ids back into nodes: about twenty times
     * faster than iterating the quads (85 ms against 1.6 s for 728,000), which matters because every
     * ingest reports it. Jena's API has no count that does not iterate, hence TDBInternal here, in the one
     * class that knows the store is TDB2.
     */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
            long all = storage.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + storage.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
            long runs = 0;
            Iterator<Quad> it = tdb.find(Iris.RUNS_GRAPH, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                runs++;
            }
            return all - runs;
        });
    }

    private static boolean storedHashIs(Graph g, String hash) {
        return g.find(Node.ANY, Vocab.CONTENT_HASH, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(hash));
    }

    /** Deletes a graph quad by quad, so that the name index hears of every deleted label. */
    private static void removeQuads(DatasetGraph dsg, Node graph) {
        removeQuads(dsg, graph, Node.ANY, Node.ANY, Node.ANY);
    }

    private static void removeQuads(DatasetGraph dsg, Node graph, Node s, Node p, Node o) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(graph, s, p, o).forEachRemaining(quads::add);
        quads.forEach(dsg::delete);
    }

    /**
     * Adds triples to a graph inside the caller's write transaction, in the order given: TDB2 numbers a term
     * when it is first stored, and an index scan meets the terms of one position in that numbering.
     */
    public void addInTransaction(Node graph, List<Triple> inOrder) {
        addAll(graph, inOrder.iterator());
    }

    /**
     * Adds triples to a graph inside the caller's write transaction. Labels go through the text dataset,
     * which indexes them (and first asks whether each is already stored, so that it indexes nothing
     * twice); everything else goes straight to TDB2, which ignores duplicates itself. That skips a
     * look-up per quad, about a fifth of the write time.
     */
    private void addAll(Node graph, Graph g) {
        addAll(graph, g.find());
    }

    private void addAll(Node graph, Iterator<Triple> it) {
        DatasetGraph indexed = dataset.asDatasetGraph();
        while (it.hasNext()) {
            Triple t = it.next();
            (INDEXED.contains(t.getPredicate()) ? indexed : tdb).add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** Whether the database holds no quad at all (not even a run record): only then can it be bulk-loaded. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !tdb.find().hasNext());
    }

    /**
     * Loads N-Quads files into this empty database with TDB2's bulk loader (the phased loader of
     * {@code tdb2.tdbloader}, {@link LoaderMain}), which writes the indexes directly instead of through
     * transactions, then indexes the names the load bypassed and packs the indexes ({@link #compact}). The quads of graphs that
     * {@code skip} names are left out. The loader takes the database for itself while it runs, and a failure
     * part way leaves it undefined: callers check the files before (parsing is much faster than loading).
     *
     * @return the quads loaded
     */
    public long bulkLoad(List<Path> files, Set<Node> skip) {
        if (!isEmpty()) {
            throw new IllegalStateException("the bulk loader only loads an empty store; " + dir + " is not empty");
        }
        // a MonitorOutput that drops the messages: with none, the index threads fail on their last message
        DataLoader loader = new LoaderMain(phasedPlan(TDBInternal.getDatasetGraphTDB(tdb).getStoreParams()), tdb,
                (format, args) -> { });
        loader.startBulk();
        try {
            StreamRDF into = new StreamRDFWrapper(loader.stream()) {
                @Override
                public void quad(Quad q) {
                    if (!skip.contains(q.getGraph())) {
                        super.quad(q);
                    }
                }
            };
            for (Path f : files) {
                into.start();
                try (java.io.InputStream in = NQuadsCheck.open(f)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(into);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + f, e);
                }
                into.finish();
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        indexNames();
        compact(); // the loader leaves its blocks part full
        return loader.countQuads();
    }

    /**
     * The plan of {@code tdb2.tdbloader --loader=phased} for the store's own indexes (Jena's names TDB2's
     * defaults): the primary indexes while parsing, then the others built from them two at a time.
     */
    private static LoaderPlan phasedPlan(StoreParams params) {
        String[] triples = params.getTripleIndexes();
        String[] quads = params.getQuadIndexes();
        return new LoaderPlan(LoaderPlans.loaderPlanPhased.dataInputType(), new String[]{triples[0]}, new String[]{quads[0]},
                inPairs(Arrays.copyOfRange(triples, 1, triples.length)),
                inPairs(Arrays.copyOfRange(quads, 1, quads.length)));
    }

    private static String[][] inPairs(String[] names) {
        String[][] groups = new String[(names.length + 1) / 2][];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = Arrays.copyOfRange(names, 2 * i, Math.min(names.length, 2 * i + 2));
        }
        return groups;
    }

    /**
     * Adds every stored label to the name index, as the text dataset does when a label is written: for a
     * database the bulk loader filled behind its back.
     */
    private void indexNames() {
        Txn.executeWrite(dataset, () -> {
            TextIndex index = ((DatasetGraphText) dataset.asDatasetGraph()).getTextIndex();
            EntityDefinition names = index.getDocDef();
            for (Node p : INDEXED) {
                tdb.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Entity e = TextQueryFuncs.entityFromQuad(names, q);
                    if (e != null) {
                        index.addEntity(e);
                    }
                });
            }
        });
    }

    /**
     * Loads an N-Quads file into a new database with Jena's own bulk loader ({@code tdb2.tdbloader}), in
     * this JVM: the baseline the ingest benchmark measures itself against.
     *
     * @return the loader's exit code
     */
    public static int loadWithTdbLoader(Path dir, Path nquads, String loader) {
        return new tdb2.tdbloader(new String[]{"--loc", dir.toString(), "--loader=" + loader, nquads.toString()}) { }
                .mainRun(false, false);
    }

    /**
     * B+tree blocks the quad and triple indexes use, dead copy-on-write blocks included: what their files
     * hold beyond TDB2's preallocation in 8 MB steps, which the file lengths count.
     */
    long indexBlocksInUse() {
        return Packing.blocksInUse(TDBInternal.getDatasetGraphTDB(tdb));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            dataset.close();
            TDBInternal.expel(tdb); // TDB2 keeps a closed database open for the process unless expelled
        }
    }
}
