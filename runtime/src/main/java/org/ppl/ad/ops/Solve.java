package org.ppl.ad.ops;

import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;

/**
 * {@code solve(a, b)}: X = A⁻¹ B for a general square A (NumPy's {@code linalg.solve}), through an
 * LU factorisation with partial pivoting, P A = L U (Golub &amp; Van Loan, algorithm 3.4.1). B is a
 * vector of length n or an n×m matrix. Adjoints (Giles 2008, "Collected matrix derivative
 * results"): G = A⁻ᵀ X̄, B̄ += G, Ā -= G Xᵀ; A⁻ᵀ is applied with the same factors. A singular A
 * (a zero pivot) raises {@link NumericFailure}. For a symmetric positive-definite A,
 * {@code org.ppl.ad.linalg.SpdSolve} is cheaper.
 */
public final class Solve extends Op {
    private final Node a;
    private final Node b;
    private final int n;
    private final int m;
    /** L (unit diagonal, below) and U (on and above the diagonal) of P A, row-major. */
    private final double[] lu;
    /** Row i of P A is row {@code pivot[i]} of A. */
    private final int[] pivot;
    private final double[] column;
    private final double[] g;

    public Solve(Node a, Node b) {
        super(check(a.shape, b.shape), a, b);
        this.a = a;
        this.b = b;
        this.n = a.shape.dim(0);
        this.m = b.shape.isVector() ? 1 : b.shape.dim(1);
        this.lu = new double[n * n];
        this.pivot = new int[n];
        this.column = new double[n];
        this.g = new double[n * m];
    }

    private static Shape check(Shape a, Shape b) {
        if (!a.isMatrix() || a.dim(0) != a.dim(1)) throw new ShapeException("solve: expected a square matrix, got " + a);
        if (!(b.isVector() || b.isMatrix()) || b.dim(0) != a.dim(0)) {
            throw new ShapeException("solve: shapes " + a + " and " + b + " do not align");
        }
        return b;
    }

    @Override
    public void forward() {
        factor();
        double[] x = out.value, rhs = b.value;
        for (int c = 0; c < m; c++) {
            for (int i = 0; i < n; i++) column[i] = rhs[pivot[i] * m + c];
            for (int i = 0; i < n; i++) {
                double s = column[i];
                for (int j = 0; j < i; j++) s -= lu[i * n + j] * column[j];
                column[i] = s;
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = column[i];
                for (int j = i + 1; j < n; j++) s -= lu[i * n + j] * column[j];
                column[i] = s / lu[i * n + i];
            }
            for (int i = 0; i < n; i++) x[i * m + c] = column[i];
        }
    }

    private void factor() {
        System.arraycopy(a.value, 0, lu, 0, n * n);
        for (int i = 0; i < n; i++) pivot[i] = i;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (Math.abs(lu[i * n + k]) > Math.abs(lu[p * n + k])) p = i;
            double d = lu[p * n + k];
            if (d == 0 || Double.isNaN(d)) throw new NumericFailure("solve: the matrix is singular");
            if (p != k) swapRows(p, k);
            for (int i = k + 1; i < n; i++) {
                double l = lu[i * n + k] / d;
                lu[i * n + k] = l;
                for (int j = k + 1; j < n; j++) lu[i * n + j] -= l * lu[k * n + j];
            }
        }
    }

    private void swapRows(int p, int k) {
        for (int j = 0; j < n; j++) {
            double t = lu[p * n + j];
            lu[p * n + j] = lu[k * n + j];
            lu[k * n + j] = t;
        }
        int t = pivot[p];
        pivot[p] = pivot[k];
        pivot[k] = t;
    }

    @Override
    public void backward() {
        if (a.adjoint == null && b.adjoint == null) return;
        double[] xbar = out.adjoint;
        // Aᵀ = Uᵀ Lᵀ P: solve Uᵀ w = x̄, then Lᵀ z = w, then G = Pᵀ z.
        for (int c = 0; c < m; c++) {
            for (int i = 0; i < n; i++) {
                double s = xbar[i * m + c];
                for (int j = 0; j < i; j++) s -= lu[j * n + i] * column[j];
                column[i] = s / lu[i * n + i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = column[i];
                for (int j = i + 1; j < n; j++) s -= lu[j * n + i] * column[j];
                column[i] = s;
            }
            for (int i = 0; i < n; i++) g[pivot[i] * m + c] = column[i];
        }
        if (b.adjoint != null) {
            double[] gb = b.adjoint;
            for (int i = 0; i < g.length; i++) gb[i] += g[i];
        }
        if (a.adjoint != null) {
            double[] ga = a.adjoint, x = out.value;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int c = 0; c < m; c++) s += g[i * m + c] * x[j * m + c];
                    ga[i * n + j] -= s;
                }
            }
        }
    }

    @Override
    public String name() {
        return "solve";
    }
}
