package org.ppl.ad.ops;

import java.util.Arrays;

/**
 * One entry of an index expression {@code x[...]} with indices fixed when the program is built, as
 * in NumPy: an integer, a slice, an integer array (advanced indexing), {@code :}, {@code ...} or
 * {@code None}.
 */
public sealed interface IndexSpec {
    /** An integer: selects one position and drops the axis; negative counts from the end. */
    record At(int index) implements IndexSpec {
        @Override
        public String toString() {
            return Integer.toString(index);
        }
    }

    /** {@code start:stop:step} with Python's semantics (null for an absent part; clipped to the axis). */
    record Slice(Integer start, Integer stop, Integer step) implements IndexSpec {
        @Override
        public String toString() {
            return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == null ? "" : ":" + step);
        }
    }

    /** An integer array: NumPy's advanced indexing (repeats allowed, negative counts from the end). */
    record Take(int[] indices) implements IndexSpec {
        public Take {
            indices = indices.clone();
        }

        @Override
        public int[] indices() {
            return indices.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Take t && Arrays.equals(indices, t.indices);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(indices);
        }

        @Override
        public String toString() {
            return Arrays.toString(indices);
        }
    }

    /** {@code :}, the whole axis. */
    record All() implements IndexSpec {
        @Override
        public String toString() {
            return ":";
        }
    }

    /** {@code ...}: as many whole axes as the other entries leave. */
    record Ellipsis() implements IndexSpec {
        @Override
        public String toString() {
            return "...";
        }
    }

    /** {@code None}: a new axis of length 1. */
    record NewAxis() implements IndexSpec {
        @Override
        public String toString() {
            return "None";
        }
    }

    static IndexSpec at(int index) {
        return new At(index);
    }

    static IndexSpec slice(Integer start, Integer stop, Integer step) {
        return new Slice(start, stop, step);
    }

    static IndexSpec take(int... indices) {
        return new Take(indices);
    }

    static IndexSpec all() {
        return new All();
    }

    static IndexSpec ellipsis() {
        return new Ellipsis();
    }

    static IndexSpec newAxis() {
        return new NewAxis();
    }
}
