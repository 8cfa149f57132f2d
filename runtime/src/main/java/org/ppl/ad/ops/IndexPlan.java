package org.ppl.ad.ops;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * Works out, once, what an index expression selects: the result's shape and, for each result
 * element, the input element it reads. The rules are NumPy's: an integer drops its axis; a slice
 * or {@code :} keeps it; {@code None} adds an axis of length 1; {@code ...} stands for the axes not
 * otherwise named. Integer arrays (and, beside them, integers) are advanced indices: they are
 * broadcast together into one result axis, which takes the place of the first of them when they
 * are adjacent and goes first otherwise.
 *
 * <p>Each result axis is kept as the input offsets its positions add, so the map is a sum of one
 * entry per axis, enumerated in row-major order.
 */
record IndexPlan(Shape shape, int[] map) {
    static IndexPlan of(Shape in, List<IndexSpec> specs) {
        List<IndexSpec> full = expand(in.rank(), specs);
        boolean advanced = full.stream().anyMatch(s -> s instanceof IndexSpec.Take);
        int[] strides = strides(in);
        List<int[]> axes = new ArrayList<>(); // per result axis: the input offset of each position
        List<int[]> advancedParts = new ArrayList<>(); // per advanced index: offsets, length 1 for an integer
        int base = 0;
        int axis = 0;
        int advancedAt = -1;
        int lastAdvanced = -1;
        boolean adjacent = true;
        for (int p = 0; p < full.size(); p++) {
            IndexSpec spec = full.get(p);
            if (spec instanceof IndexSpec.NewAxis) {
                axes.add(new int[] {0});
                continue;
            }
            int n = in.dim(axis);
            if (spec instanceof IndexSpec.At at && !advanced) {
                base += bound(at.index(), axis, n) * strides[axis];
            } else if (spec instanceof IndexSpec.At || spec instanceof IndexSpec.Take) {
                advancedParts.add(offsets(spec, axis, n, strides[axis]));
                if (advancedAt < 0) {
                    advancedAt = axes.size();
                    axes.add(null); // replaced by the broadcast advanced axis below
                } else if (lastAdvanced != p - 1) {
                    adjacent = false;
                }
                lastAdvanced = p;
            } else {
                axes.add(offsets(spec, axis, n, strides[axis]));
            }
            axis++;
        }
        if (advancedAt >= 0) {
            int[] combined = combine(advancedParts, full);
            axes.remove(advancedAt);
            axes.add(adjacent ? advancedAt : 0, combined);
        }
        return enumerate(axes, base);
    }

    /** The entries with the ellipsis (explicit or implied at the end) replaced by whole axes. */
    private static List<IndexSpec> expand(int rank, List<IndexSpec> specs) {
        int consuming = 0;
        int ellipses = 0;
        for (IndexSpec s : specs) {
            if (s instanceof IndexSpec.Ellipsis) ellipses++;
            else if (!(s instanceof IndexSpec.NewAxis)) consuming++;
        }
        if (ellipses > 1) throw new ShapeException("an index can only have a single ellipsis ('...')");
        if (consuming > rank) {
            throw new ShapeException("too many indices for array: array is " + rank + "-dimensional, but "
                    + consuming + " were indexed");
        }
        List<IndexSpec> full = new ArrayList<>();
        for (IndexSpec s : specs) {
            if (s instanceof IndexSpec.Ellipsis) {
                for (int i = consuming; i < rank; i++) full.add(new IndexSpec.All());
            } else {
                full.add(s);
            }
        }
        if (ellipses == 0) {
            for (int i = consuming; i < rank; i++) full.add(new IndexSpec.All());
        }
        return full;
    }

    private static int[] strides(Shape shape) {
        int[] strides = new int[shape.rank()];
        int s = 1;
        for (int i = shape.rank() - 1; i >= 0; i--) {
            strides[i] = s;
            s *= shape.dim(i);
        }
        return strides;
    }

    /** The input offsets an integer, integer array or slice selects on an axis of length n. */
    private static int[] offsets(IndexSpec spec, int axis, int n, int stride) {
        int[] positions;
        if (spec instanceof IndexSpec.At at) {
            positions = new int[] {bound(at.index(), axis, n)};
        } else if (spec instanceof IndexSpec.Take take) {
            positions = take.indices();
            for (int t = 0; t < positions.length; t++) positions[t] = bound(positions[t], axis, n);
        } else {
            positions = sliceIndices(spec, n);
        }
        for (int t = 0; t < positions.length; t++) positions[t] *= stride;
        return positions;
    }

    /** {@code index} in [0, n), counting negative indices from the end, or NumPy's IndexError text. */
    private static int bound(int index, int axis, int n) {
        if (index < -n || index >= n) {
            throw new ShapeException("index " + index + " is out of bounds for axis " + axis + " with size " + n);
        }
        return index < 0 ? index + n : index;
    }

    /** The positions a slice selects on an axis of length n, as Python's {@code slice.indices(n)}. */
    static int[] sliceIndices(IndexSpec spec, int n) {
        if (spec instanceof IndexSpec.All) return range(0, n, 1);
        IndexSpec.Slice s = (IndexSpec.Slice) spec;
        int step = s.step() == null ? 1 : s.step();
        if (step == 0) throw new ShapeException("slice step cannot be zero");
        int lower = step > 0 ? 0 : -1;
        int upper = step > 0 ? n : n - 1;
        int start = s.start() == null ? (step > 0 ? lower : upper) : clip(s.start(), n, lower, upper);
        int stop = s.stop() == null ? (step > 0 ? upper : lower) : clip(s.stop(), n, lower, upper);
        return range(start, stop, step);
    }

    private static int clip(int i, int n, int lower, int upper) {
        return i < 0 ? Math.max(i + n, lower) : Math.min(i, upper);
    }

    private static int[] range(int start, int stop, int step) {
        long count = step > 0 ? ((long) stop - start + step - 1) / step : ((long) start - stop - step - 1) / -step;
        int[] out = new int[(int) Math.max(0, count)];
        for (int t = 0; t < out.length; t++) out[t] = start + t * step;
        return out;
    }

    /** The advanced indices broadcast together (integers are length-1) and their offsets summed. */
    private static int[] combine(List<int[]> parts, List<IndexSpec> full) {
        int length = 1;
        boolean mismatch = false;
        for (IndexSpec s : full) {
            if (!(s instanceof IndexSpec.Take t)) continue;
            int n = t.indices().length;
            if (n == length || n == 1) continue;
            if (length == 1) length = n;
            else mismatch = true;
        }
        if (mismatch) {
            StringBuilder shapes = new StringBuilder();
            for (IndexSpec s : full) {
                if (s instanceof IndexSpec.Take t) shapes.append(' ').append(Shape.vector(t.indices().length));
            }
            throw new ShapeException("shape mismatch: indexing arrays could not be broadcast together with shapes"
                    + shapes);
        }
        int[] combined = new int[length];
        for (int[] part : parts) {
            for (int t = 0; t < length; t++) combined[t] += part[part.length == 1 ? 0 : t];
        }
        return combined;
    }

    /** The row-major enumeration of the result: each element's input offset is base plus one entry per axis. */
    private static IndexPlan enumerate(List<int[]> axes, int base) {
        int rank = axes.size();
        int[] dims = new int[rank];
        int size = 1;
        for (int i = 0; i < rank; i++) {
            dims[i] = axes.get(i).length;
            size *= dims[i];
        }
        int[] map = new int[size];
        int[] position = new int[rank];
        int offset = base;
        for (int i = 0; i < rank; i++) offset += dims[i] > 0 ? axes.get(i)[0] : 0;
        for (int k = 0; k < size; k++) {
            map[k] = offset;
            for (int i = rank - 1; i >= 0; i--) {
                int[] axis = axes.get(i);
                offset -= axis[position[i]];
                if (++position[i] < dims[i]) {
                    offset += axis[position[i]];
                    break;
                }
                position[i] = 0;
                offset += axis[0];
            }
        }
        return new IndexPlan(Shape.of(dims), map);
    }
}
