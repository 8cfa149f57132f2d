package org.ppl.ad.ops;

import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * An array seen as a block of shape (outer, length, inner) around one axis: element (o, i, j) is
 * at {@code (o * length + i) * inner + j}, and the slice along the axis through (o, j) has stride
 * {@code inner}. "All elements" is the layout (1, size, 1). {@code reduced} is the shape with the
 * axis removed (NumPy's {@code axis=} reductions), or a scalar for all elements.
 */
record AxisLayout(int outer, int length, int inner, Shape reduced) {
    /** The layout around {@code axis} (negative counts from the end), or all elements when null. */
    static AxisLayout of(String operation, Shape shape, Integer axis) {
        if (axis == null) return new AxisLayout(1, shape.size(), 1, Shape.SCALAR);
        int a = normalize(operation, axis, shape.rank());
        int[] dims = shape.dims();
        int outer = 1, inner = 1;
        for (int i = 0; i < a; i++) outer *= dims[i];
        for (int i = a + 1; i < dims.length; i++) inner *= dims[i];
        int[] kept = new int[dims.length - 1];
        for (int i = 0, j = 0; i < dims.length; i++) {
            if (i != a) kept[j++] = dims[i];
        }
        return new AxisLayout(outer, dims[a], inner, Shape.of(kept));
    }

    /** {@code axis} as an index in [0, rank), or a {@link ShapeException} in NumPy's words. */
    static int normalize(String operation, int axis, int rank) {
        if (axis < -rank || axis >= rank) {
            throw new ShapeException(operation + ": axis " + axis + " is out of bounds for array of dimension " + rank);
        }
        return axis < 0 ? axis + rank : axis;
    }

    /** Refuses an empty reduction for operations with no identity (max, min). */
    AxisLayout requireNonEmpty(String operation) {
        if (length == 0) {
            throw new ShapeException(operation + ": zero-size array to reduction operation " + operation
                    + " which has no identity");
        }
        return this;
    }
}
