package org.newsgraph.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** A task's output made unit by unit as Spark consumes it, so that a partition never sits in memory whole. */
final class Lazily {

    private Lazily() {
    }

    static <T, R> Iterator<R> flatMap(Iterator<T> in, Function<T, ? extends Iterable<R>> f) {
        return new Iterator<>() {
            private Iterator<R> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && in.hasNext()) {
                    current = f.apply(in.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
