package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ppl.ad.ops.OpsTesting.assertShapeError;
import static org.ppl.ad.ops.OpsTesting.checkGradientAt;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/** The general solve against Commons Math's LU, its gradient against finite differences, and its failure on a singular matrix. */
class SolveTest {
    /** A random matrix, not symmetric, with a zero on the diagonal so pivoting is needed. */
    private static double[] matrix(int n, Random r) {
        double[] a = new double[n * n];
        for (int i = 0; i < a.length; i++) a[i] = r.nextGaussian();
        for (int i = 0; i < n; i++) a[i * n + i] += 2.0 * Math.signum(a[i * n + i]);
        if (n > 1) a[0] = 0;
        return a;
    }

    private static double[] solve(double[] a, Shape sb, double[] b) {
        Tape t = new Tape();
        Node rhs = t.variable(sb);
        System.arraycopy(b, 0, rhs.value, 0, b.length);
        Node x = t.push(new Solve(t.constant(Shape.matrix(sb.dim(0), sb.dim(0)), a), rhs));
        t.forward();
        return x.value.clone();
    }

    private static double[] expected(double[] a, Shape sb, double[] b) {
        int n = sb.dim(0);
        int m = sb.isVector() ? 1 : sb.dim(1);
        double[][] rows = new double[n][n];
        double[][] rhs = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) rows[i][j] = a[i * n + j];
            for (int c = 0; c < m; c++) rhs[i][c] = b[i * m + c];
        }
        RealMatrix x = new LUDecomposition(new Array2DRowRealMatrix(rows)).getSolver().solve(new Array2DRowRealMatrix(rhs));
        double[] out = new double[n * m];
        for (int i = 0; i < n; i++) for (int c = 0; c < m; c++) out[i * m + c] = x.getEntry(i, c);
        return out;
    }

    @Test
    void valuesAgreeWithCommonsMath() {
        Random r = new Random(4);
        for (int n : new int[] {1, 2, 5}) {
            for (Shape sb : new Shape[] {Shape.vector(n), Shape.matrix(n, 1), Shape.matrix(n, 3)}) {
                double[] a = matrix(n, r);
                double[] b = OpsTesting.uniform(sb, -1, 1, r);
                double[] want = expected(a, sb, b);
                double[] got = solve(a, sb, b);
                for (int k = 0; k < want.length; k++) OpsTesting.assertClose(want[k], got[k], 1e-12, "n=" + n + " " + sb + " [" + k + "]");
            }
        }
    }

    @Test
    void gradientWithRespectToBothArguments() {
        Random r = new Random(9);
        for (int n : new int[] {1, 2, 4}) {
            for (Shape sb : new Shape[] {Shape.vector(n), Shape.matrix(n, 3)}) {
                double[] a = matrix(n, r);
                double[] b = OpsTesting.uniform(sb, -1, 1, r);
                checkGradientAt((t, in) -> t.push(new Solve(in[0], in[1])), new double[][] {a, b}, Shape.matrix(n, n), sb);
            }
        }
    }

    @Test
    void singularMatrixFailsAsAPlainSolveWould() {
        Tape t = new Tape();
        Node a = t.variable(Shape.matrix(2, 2));
        System.arraycopy(new double[] {1, 2, 2, 4}, 0, a.value, 0, 4);
        t.push(new Solve(a, t.constant(Shape.vector(2), 1, 1)));
        NumericFailure e = assertThrows(NumericFailure.class, t::forward);
        assertEquals("solve: the matrix is singular", e.getMessage());
    }

    @Test
    void shapesAreChecked() {
        Tape t = new Tape();
        assertShapeError("solve: expected a square matrix, got (2, 3)",
                () -> new Solve(t.variable(Shape.matrix(2, 3)), t.variable(Shape.vector(2))));
        assertShapeError("solve: shapes (2, 2) and (3,) do not align",
                () -> new Solve(t.variable(Shape.matrix(2, 2)), t.variable(Shape.vector(3))));
    }
}
