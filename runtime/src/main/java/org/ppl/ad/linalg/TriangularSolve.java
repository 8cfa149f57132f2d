package org.ppl.ad.linalg;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.linalg.MatrixMultiply;
import org.ppl.linalg.TriangularKernels;

/**
 * Solves with a lower-triangular matrix L from either side: {@code L \ B}, {@code L^T \ B},
 * {@code B / L} and {@code B / L^T}. B is a vector or a matrix (a vector is a column for the left
 * solves and a row for the right ones). Only the lower triangle of L is read, and only it receives
 * an adjoint. A zero on the diagonal raises {@link org.ppl.ad.NumericFailure}.
 *
 * <p>Adjoints, with X the solution and Xbar its adjoint: for X = L^{-1} B, G = L^{-T} Xbar,
 * Bbar += G, Lbar -= tril(G X^T); the other forms are the same identities transposed.
 */
public final class TriangularSolve extends Op {
    /** Which equation is solved for X. */
    public enum Form {
        /** L X = B. */
        LOWER("solve_lower"),
        /** L^T X = B. */
        LOWER_TRANSPOSED("solve_lower_transposed"),
        /** X L = B. */
        RIGHT_LOWER("solve_right_lower"),
        /** X L^T = B. */
        RIGHT_LOWER_TRANSPOSED("solve_right_lower_transposed");

        final String opName;

        Form(String opName) {
            this.opName = opName;
        }

        boolean left() {
            return this == LOWER || this == LOWER_TRANSPOSED;
        }
    }

    private final Form form;
    private final Node l;
    private final Node b;
    private final int n;
    /** Columns of B for the left forms, rows of B for the right forms. */
    private final int m;
    private final double[] g;
    private final double[] p;

    public TriangularSolve(Form form, Node l, Node b) {
        super(checked(form, l, b), l, b);
        this.form = form;
        this.l = l;
        this.b = b;
        this.n = l.shape.dim(0);
        this.m = form.left() ? Shapes.columns(b.shape) : Shapes.rows(b.shape);
        this.g = new double[b.size()];
        this.p = l.isDifferentiable() ? new double[n * n] : null;
    }

    private static Shape checked(Form form, Node l, Node b) {
        int n = Shapes.square(form.opName, l);
        if (form.left()) Shapes.leftOperand(form.opName, l.shape, b.shape, n);
        else Shapes.rightOperand(form.opName, l.shape, b.shape, n);
        return b.shape;
    }

    @Override
    public void forward() {
        Shapes.requireNonsingular(form.opName, l.value, n);
        double[] x = out.value;
        System.arraycopy(b.value, 0, x, 0, x.length);
        switch (form) {
            case LOWER -> TriangularKernels.solveLower(l.value, n, x, m);
            case LOWER_TRANSPOSED -> TriangularKernels.solveLowerTransposed(l.value, n, x, m);
            case RIGHT_LOWER -> TriangularKernels.solveRightLower(l.value, n, x, m);
            case RIGHT_LOWER_TRANSPOSED -> TriangularKernels.solveRightLowerTransposed(l.value, n, x, m);
        }
    }

    @Override
    public void backward() {
        if (b.adjoint == null && l.adjoint == null) return;
        double[] x = out.value, lv = l.value;
        System.arraycopy(out.adjoint, 0, g, 0, g.length);
        switch (form) {
            case LOWER -> TriangularKernels.solveLowerTransposed(lv, n, g, m);
            case LOWER_TRANSPOSED -> TriangularKernels.solveLower(lv, n, g, m);
            case RIGHT_LOWER -> TriangularKernels.solveRightLowerTransposed(lv, n, g, m);
            case RIGHT_LOWER_TRANSPOSED -> TriangularKernels.solveRightLower(lv, n, g, m);
        }
        if (b.adjoint != null) {
            double[] gb = b.adjoint;
            for (int i = 0; i < g.length; i++) gb[i] += g[i];
        }
        if (l.adjoint != null) {
            switch (form) {
                case LOWER -> MatrixMultiply.multTransB(g, x, p, n, m, n);
                case LOWER_TRANSPOSED -> MatrixMultiply.multTransB(x, g, p, n, m, n);
                case RIGHT_LOWER -> MatrixMultiply.multTransA(x, g, p, n, m, n);
                case RIGHT_LOWER_TRANSPOSED -> MatrixMultiply.multTransA(g, x, p, n, m, n);
            }
            Shapes.addLower(l.adjoint, -1.0, p, n);
        }
    }

    @Override
    public String name() {
        return form.opName;
    }
}
