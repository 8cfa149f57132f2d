package org.ppl.ad;

import java.util.Arrays;

/**
 * The shape of a value: rank 0 (scalar), 1 (vector) or higher (matrix, arrays), stored row-major as
 * in NumPy. Immutable.
 */
public final class Shape {
    public static final Shape SCALAR = new Shape(new int[0]);

    private final int[] dims;
    private final int size;

    private Shape(int[] dims) {
        int n = 1;
        for (int d : dims) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in " + Arrays.toString(dims));
            n *= d;
        }
        this.dims = dims;
        this.size = n;
    }

    public static Shape of(int... dims) {
        return dims.length == 0 ? SCALAR : new Shape(dims.clone());
    }

    public static Shape vector(int n) {
        return new Shape(new int[] {n});
    }

    public static Shape matrix(int rows, int cols) {
        return new Shape(new int[] {rows, cols});
    }

    public int rank() {
        return dims.length;
    }

    public int dim(int axis) {
        return dims[axis];
    }

    public int[] dims() {
        return dims.clone();
    }

    /** Number of elements. */
    public int size() {
        return size;
    }

    public boolean isScalar() {
        return dims.length == 0;
    }

    public boolean isVector() {
        return dims.length == 1;
    }

    public boolean isMatrix() {
        return dims.length == 2;
    }

    /** Rows of a matrix; the length of a vector; 1 for a scalar. */
    public int rows() {
        return dims.length == 0 ? 1 : dims[0];
    }

    /** Columns of a matrix; 1 for a vector or scalar. */
    public int cols() {
        return dims.length < 2 ? 1 : dims[dims.length - 1];
    }

    /** NumPy broadcasting of two shapes. */
    public static Shape broadcast(Shape a, Shape b) {
        if (a.equals(b)) return a;
        int rank = Math.max(a.rank(), b.rank());
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = a.dimFromEnd(rank - 1 - i);
            int db = b.dimFromEnd(rank - 1 - i);
            if (da == db || db == 1) out[i] = da;
            else if (da == 1) out[i] = db;
            else throw new ShapeException("shapes " + a + " and " + b + " do not broadcast");
        }
        return new Shape(out);
    }

    /** Whether {@code this} broadcasts to {@code target} without changing {@code target}. */
    public boolean broadcastsTo(Shape target) {
        if (rank() > target.rank()) return false;
        for (int i = 0; i < rank(); i++) {
            int d = dimFromEnd(i);
            if (d != 1 && d != target.dimFromEnd(i)) return false;
        }
        return true;
    }

    private int dimFromEnd(int k) {
        int i = dims.length - 1 - k;
        return i >= 0 ? dims[i] : 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** NumPy's spelling: {@code ()}, {@code (3,)}, {@code (3, 4)}. */
    @Override
    public String toString() {
        if (dims.length == 1) return "(" + dims[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(dims[i]);
        }
        return sb.append(')').toString();
    }
}
