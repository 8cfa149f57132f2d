package org.ppl.compiler.lower;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/** Shapes and numbers spelt for messages: sizes by name and by number, {@code (N, Q) = (150, 2)}. */
public final class Spelling {
    private Spelling() {}

    /** {@code (N, Q) = (150, 2)}, or {@code (150, 2)} alone when the names add nothing. */
    public static String shape(List<Dim> dims, Shape actual) {
        String symbolic = Shapes.spell(dims);
        String numeric = actual.toString();
        return symbolic.equals(numeric) ? numeric : symbolic + " = " + numeric;
    }

    /** The shape of an argument: by name from its type, by number from its node. */
    static String shape(IrExpr e, Node node) {
        if (e.type() instanceof Type.Tensor t && t.rank() == node.shape.rank()) return shape(t.dims(), node.shape);
        return node.shape.toString();
    }

    /** A number as a person writes it: {@code 8}, {@code -1}, {@code 2.5}, {@code NaN}. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** {@code y}, {@code y[3]}, {@code Y[3, 1]}: element {@code index} (row-major) of a value of {@code shape}, zero-based. */
    public static String element(String name, Shape shape, int index) {
        if (shape.rank() == 0) return name;
        int[] position = new int[shape.rank()];
        for (int i = shape.rank() - 1; i >= 0; i--) {
            position[i] = index % shape.dim(i);
            index /= shape.dim(i);
        }
        StringBuilder sb = new StringBuilder(name).append('[');
        for (int i = 0; i < position.length; i++) sb.append(i > 0 ? ", " : "").append(position[i]);
        return sb.append(']').toString();
    }
}
