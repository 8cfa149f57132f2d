package org.ppl.transform;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * Words and checks shared by the transforms: how an element and a number are spelled in a message,
 * and the shape checks every {@code bind} makes. Elements are named with the model language's
 * zero-based indices ({@code element 3}, {@code element [1, 2]}).
 */
final class Describe {
    private Describe() {}

    /** "value" for a scalar, "element 3" for a vector, "element [1, 2]" for a matrix or array. */
    static String element(Shape shape, int flat) {
        if (shape.isScalar()) return "value";
        if (shape.isVector()) return "element " + flat;
        int[] dims = shape.dims();
        int[] index = new int[dims.length];
        int rest = flat;
        for (int i = dims.length - 1; i >= 0; i--) {
            index[i] = rest % dims[i];
            rest /= dims[i];
        }
        StringBuilder sb = new StringBuilder("element [");
        for (int i = 0; i < index.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(index[i]);
        }
        return sb.append(']').toString();
    }

    /** A number as a person writes it: {@code 1}, {@code 1.5}, {@code -inf}, {@code NaN}. */
    static String number(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** The message of a value outside an open interval: "element 3 is 1.5, outside (0, 1)". */
    static String outside(Shape shape, int flat, double value, double lower, double upper) {
        return element(shape, flat) + " is " + number(value) + ", outside (" + number(lower) + ", " + number(upper) + ")";
    }

    /** Refuses a free vector of the wrong shape. */
    static void requireFree(String transform, Node free, int size) {
        if (!free.shape.equals(Shape.vector(size))) {
            throw new ShapeException(transform + ": the free argument has shape " + free.shape
                    + "; expected " + Shape.vector(size));
        }
    }

    /** The index map of a bound broadcast against the value, or null when it has the value's shape. */
    static int[] boundMap(String transform, String argument, Node bound, Shape shape) {
        if (bound.shape.equals(shape)) return null;
        if (!bound.shape.broadcastsTo(shape)) {
            throw new ShapeException(transform + ": the " + argument + " has shape " + bound.shape
                    + ", which does not broadcast to the value's shape " + shape);
        }
        return Broadcast.indexMap(bound.shape, shape);
    }

    /** A bound that cannot be used (NaN or infinite) ends the evaluation. */
    static NumericFailure badBound(String transform, String argument, Shape shape, int flat, double bound) {
        String where = shape.isScalar() ? "" : " at " + element(shape, flat);
        return new NumericFailure(transform + ": the " + argument + where + " is " + number(bound));
    }
}
