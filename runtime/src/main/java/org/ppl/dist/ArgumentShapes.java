package org.ppl.dist;

import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/** Broadcasting of a distribution's value and arguments, with messages that name both sides. */
final class ArgumentShapes {
    private ArgumentShapes() {}

    /**
     * The shape of the elementwise log densities: the value's shape and every argument's,
     * broadcast together. An argument that does not broadcast with the value, or with an earlier
     * argument, is named with both shapes.
     */
    static Shape broadcast(String dist, String[] names, Shape value, Shape[] args) {
        Shape result = value;
        for (int j = 0; j < args.length; j++) {
            if (!compatible(value, args[j])) {
                throw new ShapeException(dist + ": " + names[j] + " has shape " + args[j]
                        + ", which does not broadcast with the value's shape " + value);
            }
            for (int i = 0; i < j; i++) {
                if (!compatible(args[i], args[j])) {
                    throw new ShapeException(dist + ": " + names[j] + " has shape " + args[j]
                            + ", which does not broadcast with " + names[i] + "'s shape " + args[i]);
                }
            }
            result = Shape.broadcast(result, args[j]);
        }
        return result;
    }

    /** The shape of a draw from the arguments alone (scalar distributions with no shape=). */
    static Shape broadcastArguments(String dist, String[] names, Shape[] args) {
        Shape result = Shape.SCALAR;
        for (int j = 0; j < args.length; j++) {
            for (int i = 0; i < j; i++) {
                if (!compatible(args[i], args[j])) {
                    throw new ShapeException(dist + ": " + names[j] + " has shape " + args[j]
                            + ", which does not broadcast with " + names[i] + "'s shape " + args[i]);
                }
            }
            result = Shape.broadcast(result, args[j]);
        }
        return result;
    }

    /** Checks that an argument fills a draw of {@code shape} without enlarging it. */
    static void requireBroadcastsTo(String dist, String name, Shape arg, Shape shape) {
        if (!arg.broadcastsTo(shape)) {
            throw new ShapeException(dist + ": " + name + " has shape " + arg
                    + ", which does not broadcast to the draw's shape " + shape);
        }
    }

    static boolean compatible(Shape a, Shape b) {
        int rank = Math.min(a.rank(), b.rank());
        for (int i = 1; i <= rank; i++) {
            int da = a.dim(a.rank() - i);
            int db = b.dim(b.rank() - i);
            if (da != db && da != 1 && db != 1) return false;
        }
        return true;
    }

    /** The shape without its last {@code k} axes. */
    static Shape batch(Shape s, int k) {
        int[] dims = s.dims();
        int[] head = new int[dims.length - k];
        System.arraycopy(dims, 0, head, 0, head.length);
        return Shape.of(head);
    }

    /** {@code head} followed by {@code tail}. */
    static Shape append(Shape head, int... tail) {
        int[] h = head.dims();
        int[] dims = new int[h.length + tail.length];
        System.arraycopy(h, 0, dims, 0, h.length);
        System.arraycopy(tail, 0, dims, h.length, tail.length);
        return Shape.of(dims);
    }
}
