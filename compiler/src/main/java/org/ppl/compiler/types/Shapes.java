package org.ppl.compiler.types;

import java.util.ArrayList;
import java.util.List;

/** NumPy's shape rules on symbolic sizes. */
public final class Shapes {
    private Shapes() {}

    /** NumPy's spelling: {@code ()}, {@code (J,)}, {@code (N, Q)}. */
    public static String spell(List<Dim> dims) {
        if (dims.size() == 1) return "(" + dims.get(0) + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(dims.get(i));
        }
        return sb.append(')').toString();
    }

    /**
     * NumPy broadcasting of two shapes, or null when they provably do not broadcast. Sizes that
     * cannot be told apart yet (N against P) are taken to be equal; binding the data checks them.
     */
    public static List<Dim> broadcast(List<Dim> a, List<Dim> b) {
        int rank = Math.max(a.size(), b.size());
        List<Dim> out = new ArrayList<>(rank);
        for (int i = 0; i < rank; i++) {
            Dim da = fromEnd(a, rank - 1 - i);
            Dim db = fromEnd(b, rank - 1 - i);
            if (da.equals(db) || db.isConstant(1)) out.add(da);
            else if (da.isConstant(1)) out.add(db);
            else if (da.provablyDifferent(db)) return null;
            else out.add(da);
        }
        return out;
    }

    /** Whether {@code from} broadcasts to {@code to} without changing {@code to} (NumPy's broadcast_to). */
    public static boolean broadcastsTo(List<Dim> from, List<Dim> to) {
        if (from.size() > to.size()) return false;
        for (int i = 0; i < from.size(); i++) {
            Dim d = fromEnd(from, i);
            if (!d.isConstant(1) && d.provablyDifferent(fromEnd(to, i))) return false;
        }
        return true;
    }

    /** Whether two shapes can be equal once the sizes are bound. */
    public static boolean compatible(List<Dim> a, List<Dim> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i).provablyDifferent(b.get(i))) return false;
        return true;
    }

    private static Dim fromEnd(List<Dim> dims, int k) {
        int i = dims.size() - 1 - k;
        return i >= 0 ? dims.get(i) : Dim.of(1);
    }
}
