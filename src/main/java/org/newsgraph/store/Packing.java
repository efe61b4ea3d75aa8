package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * The store's compaction: the live database generation is copied into a new one with every B+tree block
 * full, which then takes its place. TDB2's own compaction inserts the quads again, and a B+tree filled by
 * inserts keeps its blocks about half full (some 360 bytes a quad where 32 per index would do); it also
 * builds the new generation with TDB2's default indexes whatever the store was created with. Here each
 * index is read in its own order, which is already the sorted order a packed tree needs, and written with
 * Jena's {@link BPlusTreeRewriter} (the builder {@code tdb2.xloader} uses), into the indexes the store's
 * own parameters name. The node data file is copied as it is, so every node keeps its id and nothing is
 * decoded. The copy is built in {@code Data-NNNN-tmp} (which TDB2 discards on opening) and renamed when
 * complete, so a crash leaves the old generation in use.
 */
final class Packing {

    /** Files of a generation copied unchanged: node data, the prefix table, the database's settings. */
    private static final String[] COPIED = {"nodes-data.", "prefixes", "GPU.", "tdb.cfg"};

    /** Query optimiser statistics, also copied (TDB2 copies them on compaction). */
    private static final String STATISTICS = ".opt";

    private Packing() {
    }

    /**
     * Replaces the live generation of {@code container} by a packed copy. The caller holds TDB2's exclusive
     * mode on the live generation (no transaction is open or can start) and gives it up afterwards; the old
     * generation is then closed and deleted.
     */
    static void compact(DatasetGraphSwitchable container) {
        DatasetGraphTDB current = (DatasetGraphTDB) container.get();
        Path from = Path.of(current.getLocation().getDirectoryPath());
        Path to = from.resolveSibling(nextGeneration(from.getFileName().toString()));
        Path tmp = to.resolveSibling(to.getFileName() + "-tmp");
        try {
            copyUnchanged(from, tmp);
            Location building = Location.create(tmp);
            DatasetGraphTDB copy = StoreConnection.connectCreate(building, current.getStoreParams(),
                    current.getReorderTransform()).getDatasetGraphTDB();
            try {
                Txn.executeRead(current, () -> packIndexes(current, copy));
            } finally {
                StoreConnection.internalExpel(building, true);
            }
            Files.move(tmp, to);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot compact the database in " + from, e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        switchTo(container, current, Location.create(to));
    }

    /** TDB2's switch-over, as its own compaction does it: the new generation takes the old one's place. */
    private static void switchTo(DatasetGraphSwitchable container, DatasetGraphTDB current, Location next) {
        DatasetGraphTDB packed = StoreConnection.connectCreate(next, current.getStoreParams(),
                current.getReorderTransform()).getDatasetGraphTDB();
        TransactionCoordinator old = current.getTxnSystem().getTxnMgr();
        TransactionCoordinator now = packed.getTxnSystem().getTxnMgr();
        now.execExclusive(() -> {
            now.takeOverFrom(old);
            now.modifyConfigDirect(() -> old.listExternals().forEach(now::addExternal));
            if (!container.change(current, packed)) {
                container.set(packed);
            }
        });
    }

    /** Closes and deletes a generation no longer in use (after the caller has left its exclusive mode). */
    static void retire(Location generation) {
        StoreConnection.release(generation);
        deleteQuietly(Path.of(generation.getDirectoryPath()));
    }

    private static String nextGeneration(String name) {
        int dash = name.lastIndexOf('-');
        int n = Integer.parseInt(name.substring(dash + 1));
        return String.format("%s-%04d", name.substring(0, dash), n + 1);
    }

    private static void copyUnchanged(Path from, Path tmp) throws IOException {
        deleteQuietly(tmp);
        Files.createDirectories(tmp);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (Stream.of(COPIED).anyMatch(name::startsWith) || name.endsWith(STATISTICS)) {
                    Files.copy(f, tmp.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Fills the copy's node index and tuple indexes from the live generation's. */
    private static void packIndexes(DatasetGraphTDB from, DatasetGraphTDB to) {
        pack(LoaderOps.ntBPTree(nodeTable(from)), LoaderOps.ntBPTree(nodeTable(to)));
        packAll(from.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
                to.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes());
        packAll(from.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes(),
                to.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes());
    }

    private static NodeTable nodeTable(DatasetGraphTDB dsg) {
        return dsg.getTripleTable().getNodeTupleTable().getNodeTable();
    }

    private static void packAll(TupleIndex[] from, TupleIndex[] to) {
        for (TupleIndex target : to) {
            TupleIndex source = Arrays.stream(from).filter(i -> i.getName().equals(target.getName()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no index " + target.getName()));
            pack(LoaderOps.idxBTree(source), LoaderOps.idxBTree(target));
        }
    }

    /** Writes the records of {@code from}, in order, as the packed content of the empty {@code to}. */
    private static void pack(BPlusTree from, BPlusTree to) {
        Iterator<Record> records = from.iterator();
        if (!records.hasNext()) {
            return;
        }
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        coordinator.add(to);
        coordinator.start();
        Transaction txn = coordinator.begin(TxnType.WRITE);
        try {
            BPlusTreeRewriter.packIntoBPlusTree(records, to.getParams(), to.getRecordFactory(),
                    to.getStateManager().getBufferChannel(), to.getNodeManager().getBlockMgr(),
                    to.getRecordsMgr().getBlockMgr()).sync();
            txn.commit();
        } catch (RuntimeException e) {
            txn.abort();
            throw e;
        } finally {
            txn.end();
        }
    }

    /** Blocks in use by the tuple indexes of a database. */
    static long blocksInUse(DatasetGraphTDB dsg) {
        return Stream.concat(Arrays.stream(dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()),
                        Arrays.stream(dsg.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()))
                .map(LoaderOps::idxBTree)
                .mapToLong(t -> t.getStateManager().getNodeBlocksLimit() + t.getStateManager().getRecordsBlocksLimit())
                .sum();
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            // a leftover -tmp directory is never opened as a generation and TDB2 removes it on the next open
        }
    }
}
