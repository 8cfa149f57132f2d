package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/** Shape checks shared by the matrix operations; every message names the operation and the shapes. */
final class Shapes {
    private Shapes() {}

    /** The order of a square matrix argument, or a ShapeException naming the operation. */
    static int square(String op, Node a) {
        Shape s = a.shape;
        if (!s.isMatrix() || s.dim(0) != s.dim(1)) throw new ShapeException(op + ": expected a square matrix, got " + s);
        return s.dim(0);
    }

    /** Requires a vector of length n or a matrix with n rows (the right-hand side of a left solve). */
    static void leftOperand(String op, Shape matrix, Shape b, int n) {
        boolean fits = (b.isVector() || b.isMatrix()) && b.dim(0) == n;
        if (!fits) throw new ShapeException(op + ": shapes " + matrix + " and " + b + " do not align");
    }

    /** Requires a vector of length n or a matrix with n columns (the left operand of a right solve). */
    static void rightOperand(String op, Shape matrix, Shape b, int n) {
        boolean fits = (b.isVector() || b.isMatrix()) && b.dim(b.rank() - 1) == n;
        if (!fits) throw new ShapeException(op + ": shapes " + b + " and " + matrix + " do not align");
    }

    /** Columns of a left operand: 1 for a vector. */
    static int columns(Shape b) {
        return b.isVector() ? 1 : b.dim(1);
    }

    /** Rows of a right operand: 1 for a vector (a row). */
    static int rows(Shape b) {
        return b.isVector() ? 1 : b.dim(0);
    }

    /** Fails when a triangular factor has a zero (or NaN) on its diagonal, as solving with it would. */
    static void requireNonsingular(String op, double[] l, int n) {
        for (int i = 0; i < n; i++) {
            double d = l[i * n + i];
            if (d == 0 || Double.isNaN(d)) throw new org.ppl.ad.NumericFailure(op + ": the triangular matrix is singular");
        }
    }

    /** target[i, j] += sign * p[i, j] on the lower triangle (j &lt;= i) only. */
    static void addLower(double[] target, double sign, double[] p, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) target[i * n + j] += sign * p[i * n + j];
        }
    }

    /** target += sign * (p + p^T) / 2. */
    static void addSymmetrised(double[] target, double sign, double[] p, int n) {
        double half = 0.5 * sign;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) target[i * n + j] += half * (p[i * n + j] + p[j * n + i]);
        }
    }
}
