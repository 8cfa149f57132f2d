package org.ppl.ad.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.linalg.CholeskyAdjoint;

class CholeskyOpTest {
    private static GradientChecker.Function cholesky(int block) {
        return (t, in) -> t.push(new Cholesky(Checks.symmetric(t, in[0]), block));
    }

    private static void checkGradient(int n, int block, Random r) {
        Checks.gradient("cholesky n=" + n + " block=" + block, cholesky(block), new Shape[] {Shape.matrix(n, n)},
                new double[][] {Checks.spd(n, r)});
    }

    @Test
    void gradientBelowAtAndAboveTheBlockSize() {
        Random r = new Random(1);
        int block = CholeskyAdjoint.DEFAULT_BLOCK;
        for (int n : new int[] {1, 2, 5, block - 1, block, block + 1, 70}) checkGradient(n, block, r);
    }

    @Test
    void gradientWithSmallBlocksCrossesManyBlockBoundaries() {
        Random r = new Random(2);
        for (int n = 1; n <= 13; n++) checkGradient(n, 4, r);
        checkGradient(11, 1, r);
    }

    @Test
    void blockedReverseAgreesWithTheScalarAlgorithmOnLargeMatrices() {
        // With one block covering the whole matrix the reverse sweep is Murray's unblocked algorithm.
        Random r = new Random(3);
        for (int n : new int[] {64, 150}) {
            double[] l = Checks.spd(n, r);
            org.ppl.linalg.CholeskyKernel.factor(l, n);
            double[] lbar = Checks.gaussian(n * n, r);
            double[] blocked = new double[n * n];
            double[] scalar = new double[n * n];
            CholeskyAdjoint.reverse(l, lbar, n, blocked);
            CholeskyAdjoint.reverse(l, lbar, n, n, scalar);
            assertArrayEquals(scalar, blocked, 1e-10 * maxAbs(scalar), "n=" + n);
        }
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) m = Math.max(m, Math.abs(v));
        return m;
    }

    @Test
    void valueIsTheLowerFactor() {
        Random r = new Random(4);
        int n = 40;
        double[] a = Checks.spd(n, r);
        Node l = Checks.evaluate((t, in) -> t.push(new Cholesky(in[0])), new Shape[] {Shape.matrix(n, n)}, new double[][] {a});
        var ejml = DecompositionFactory_DDRM.chol(n, true);
        ejml.decompose(DMatrixRMaj.wrap(n, n, a.clone()));
        assertArrayEquals(ejml.getT(null).data, l.value, 1e-12);
    }

    @Test
    void failsExactlyWhereTheFactorisationFails() {
        // [[1, 1], [1, 1 + e]] is positive definite for e > 0 only.
        for (double e : new double[] {1e-3, 1e-12, 0, -1e-12, -1e-3}) {
            double[] a = {1, 1, 1, 1 + e};
            boolean plainSucceeds = DecompositionFactory_DDRM.chol(2, true).decompose(DMatrixRMaj.wrap(2, 2, a.clone()));
            GradientChecker.Function f = (t, in) -> t.push(new Cholesky(in[0]));
            if (plainSucceeds) {
                Checks.evaluate(f, new Shape[] {Shape.matrix(2, 2)}, new double[][] {a});
            } else {
                NumericFailure failure = assertThrows(NumericFailure.class,
                        () -> Checks.evaluate(f, new Shape[] {Shape.matrix(2, 2)}, new double[][] {a}), "e=" + e);
                assertEquals("cholesky: the matrix is not positive definite", failure.getMessage());
            }
        }
    }

    @Test
    void rejectsNonSquareArguments() {
        Tape t = new Tape();
        ShapeException e = assertThrows(ShapeException.class, () -> new Cholesky(t.variable(Shape.matrix(3, 4))));
        assertEquals("cholesky: expected a square matrix, got (3, 4)", e.getMessage());
    }
}
