package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.jena.atlas.iterator.IteratorDelayedInitialization;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * ORDER BY with each row's sort keys computed once, and under a LIMIT only the rows it can return kept. Jena's {@link BindingComparator} evaluates the sort
 * expressions at every comparison, and for a TDB2 row that means fetching the node and parsing its literal
 * again (an {@code xsd:integer} through the XML Schema validator) — n log n times; on the 100k store this was
 * half the CPU of the who-met-whom summary. The order is Jena's: the same comparison of values, the same
 * tie-break on the whole row. Sorts that may spill to disk (a spill threshold in the context) stay Jena's.
 */
final class KeyedSort extends OpExecutorTDB2 {

    /** Installed on a TDB2 dataset's context; everything but ordering is TDB2's executor. */
    static final OpExecutorFactory FACTORY = KeyedSort::new;

    private KeyedSort(ExecutionContext execCxt) {
        super(execCxt);
    }

    @Override
    protected QueryIterator execute(OpOrder opOrder, QueryIterator input) {
        if (mayOnlySpill()) {
            return super.execute(opOrder, input);
        }
        return new Sorted(exec(opOrder.getSubOp(), input), opOrder.getConditions(), Long.MAX_VALUE, execCxt);
    }

    @Override
    protected QueryIterator execute(OpTopN opTop, QueryIterator input) {
        if (mayOnlySpill() || opTop.getLimit() < 0 || opTop.getSubOp() instanceof OpDistinct) {
            return super.execute(opTop, input);
        }
        return new Sorted(exec(opTop.getSubOp(), input), opTop.getConditions(), opTop.getLimit(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpSlice opSlice, QueryIterator input) {
        return super.execute(bounded(opSlice), input);
    }

    /**
     * A sort under a LIMIT keeps only the rows it can return, so its memory is bounded by the limit (the
     * server's result cap) whatever the query matches. Jena does this only below 1,000 rows and otherwise
     * sorts every match in memory: a hostile {@code ORDER BY} over the whole store would fill the heap.
     */
    static OpSlice bounded(OpSlice slice) {
        long start = slice.getStart() == Query.NOLIMIT ? 0 : slice.getStart();
        long rows = slice.getLength() == Query.NOLIMIT ? -1 : start + slice.getLength();
        if (rows < 0 || rows > Integer.MAX_VALUE) {
            return slice;
        }
        Op sub = slice.getSubOp();
        if (sub instanceof OpOrder order) {
            return (OpSlice) slice.copy(new OpTopN(order.getSubOp(), (int) rows, order.getConditions()));
        }
        if (sub instanceof OpProject project && project.getSubOp() instanceof OpOrder order) {
            return (OpSlice) slice.copy(project.copy(new OpTopN(order.getSubOp(), (int) rows, order.getConditions())));
        }
        return slice;
    }

    /** Jena's sorts spill to disk when a threshold is set; ours are in memory, so they step aside. */
    private boolean mayOnlySpill() {
        return execCxt.getContext().getLong(ARQ.spillToDiskThreshold, -1) >= 0;
    }

    /** A row with its sort keys. */
    private record Keyed(Binding row, NodeValue[] keys) {
    }

    /** The rows of a sub-iterator in order, the first {@code limit} of them; read at the first call. */
    private static final class Sorted extends QueryIterPlainWrapper {
        private final QueryIterator input;

        Sorted(QueryIterator input, List<SortCondition> conditions, long limit, ExecutionContext cxt) {
            super(null, cxt);
            this.input = input;
            setIterator(new IteratorDelayedInitialization<>() {
                @Override
                protected Iterator<Binding> initializeIterator() {
                    return sort(input, conditions, limit, cxt);
                }
            });
        }

        @Override
        public void requestCancel() {
            input.cancel();
            super.requestCancel();
        }

        @Override
        protected void closeIterator() {
            input.close();
            super.closeIterator();
        }
    }

    private static Iterator<Binding> sort(QueryIterator input, List<SortCondition> conditions, long limit,
            ExecutionContext cxt) {
        Comparator<Keyed> order = order(conditions);
        Keyed[] rows = limit == Long.MAX_VALUE ? all(input, conditions, cxt) : least(input, conditions, limit, order, cxt);
        input.close();
        Arrays.sort(rows, order);
        return Arrays.stream(rows).map(Keyed::row).iterator();
    }

    private static Keyed[] all(QueryIterator input, List<SortCondition> conditions, ExecutionContext cxt) {
        List<Keyed> rows = new ArrayList<>();
        input.forEachRemaining(row -> rows.add(keyed(row, conditions, cxt)));
        return rows.toArray(Keyed[]::new);
    }

    /** The {@code limit} least rows, in a heap whose head is the greatest kept, as Jena's top-N does. */
    private static Keyed[] least(QueryIterator input, List<SortCondition> conditions, long limit,
            Comparator<Keyed> order, ExecutionContext cxt) {
        PriorityQueue<Keyed> heap = new PriorityQueue<>(order.reversed());
        while (input.hasNext()) {
            Keyed row = keyed(input.next(), conditions, cxt);
            if (heap.size() < limit) {
                heap.add(row);
            } else if (limit > 0 && order.compare(row, heap.peek()) < 0) {
                heap.poll();
                heap.add(row);
            }
        }
        return heap.toArray(Keyed[]::new);
    }

    private static Keyed keyed(Binding row, List<SortCondition> conditions, ExecutionContext cxt) {
        NodeValue[] keys = new NodeValue[conditions.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = key(row, conditions.get(i), cxt);
        }
        return new Keyed(row, keys);
    }

    /**
     * As {@link BindingComparator}: an unbound or failing expression has no value, which sorts first. Not
     * logged, unlike Jena, which logs each failing comparison: a query must not be able to flood the log.
     */
    private static NodeValue key(Binding row, SortCondition condition, ExecutionContext cxt) {
        try {
            return condition.getExpression().eval(row, cxt);
        } catch (ExprEvalException noValue) {
            return null;
        }
    }

    private static Comparator<Keyed> order(List<SortCondition> conditions) {
        int[] directions = conditions.stream().mapToInt(SortCondition::getDirection).toArray();
        return (a, b) -> {
            for (int i = 0; i < directions.length; i++) {
                int x = BindingComparator.compareNodesRaw(a.keys[i], b.keys[i]);
                if (x != 0) {
                    return directions[i] == Query.ORDER_DESCENDING ? -x : x;
                }
            }
            return BindingComparator.compareBindingsSyntactic(a.row, b.row);
        };
    }
}
