package org.ppl.infer.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

class LbfgsHistoryTest {
    /** The BFGS inverse update written with explicit matrices (Nocedal and Wright eq. 6.17). */
    private static RealMatrix bfgsInverse(RealMatrix h, double[] s, double[] y) {
        RealVector sv = new ArrayRealVector(s);
        RealVector yv = new ArrayRealVector(y);
        double rho = 1 / sv.dotProduct(yv);
        RealMatrix i = MatrixUtils.createRealIdentityMatrix(s.length);
        RealMatrix left = i.subtract(sv.outerProduct(yv).scalarMultiply(rho));
        RealMatrix right = i.subtract(yv.outerProduct(sv).scalarMultiply(rho));
        return left.multiply(h).multiply(right).add(sv.outerProduct(sv).scalarMultiply(rho));
    }

    @Test
    void twoLoopRecursionEqualsExplicitBfgsUpdates() {
        double[][] xs = {{0, 0, 0}, {1, 0.5, -0.2}, {1.3, 0.9, 0.1}, {0.7, 1.4, 0.3}};
        double[][] gs = {{1, 2, 0.5}, {2.1, 2.4, 0.1}, {2.0, 3.3, 1.0}, {0.9, 4.1, 1.2}};
        LbfgsHistory history = new LbfgsHistory(3, 5);
        for (int k = 1; k < xs.length; k++) history.add(xs[k], xs[k - 1], gs[k], gs[k - 1]);

        double[] sLast = new double[3];
        double[] yLast = new double[3];
        for (int i = 0; i < 3; i++) {
            sLast[i] = xs[3][i] - xs[2][i];
            yLast[i] = gs[3][i] - gs[2][i];
        }
        double gamma = new ArrayRealVector(sLast).dotProduct(new ArrayRealVector(yLast))
                / new ArrayRealVector(yLast).dotProduct(new ArrayRealVector(yLast));
        RealMatrix h = MatrixUtils.createRealIdentityMatrix(3).scalarMultiply(gamma);
        for (int k = 1; k < xs.length; k++) {
            double[] s = new double[3];
            double[] y = new double[3];
            for (int i = 0; i < 3; i++) {
                s[i] = xs[k][i] - xs[k - 1][i];
                y[i] = gs[k][i] - gs[k - 1][i];
            }
            h = bfgsInverse(h, s, y);
        }
        double[] g = {0.3, -1.1, 2.0};
        double[] expected = h.operate(new ArrayRealVector(g)).mapMultiply(-1).toArray();
        double[] direction = new double[3];
        history.searchDirection(g, direction);
        assertArrayEquals(expected, direction, 1e-12);
    }

    @Test
    void oldestPairsAreDropped() {
        LbfgsHistory two = new LbfgsHistory(2, 2);
        LbfgsHistory three = new LbfgsHistory(2, 3);
        double[][] xs = {{0, 0}, {1, 0.2}, {1.5, 0.9}, {1.2, 1.6}};
        double[][] gs = {{1, 1}, {3, 1.4}, {4.5, 3.1}, {3.0, 5.2}};
        for (int k = 1; k < xs.length; k++) {
            two.add(xs[k], xs[k - 1], gs[k], gs[k - 1]);
            if (k > 1) three.add(xs[k], xs[k - 1], gs[k], gs[k - 1]);
        }
        double[] g = {1, -1};
        double[] a = new double[2];
        double[] b = new double[2];
        two.searchDirection(g, a);
        three.searchDirection(g, b);
        assertArrayEquals(b, a, 1e-14);
    }

    @Test
    void pairWithoutPositiveCurvatureIsSkipped() {
        LbfgsHistory history = new LbfgsHistory(2, 5);
        assertFalse(history.add(new double[] {1, 0}, new double[] {0, 0}, new double[] {-1, 0}, new double[] {0, 0}));
        double[] d = new double[2];
        history.searchDirection(new double[] {2, 3}, d);
        assertArrayEquals(new double[] {-2, -3}, d, 0);
    }

    @Test
    void explicitUpdateSatisfiesTheSecantEquation() {
        // Guards the test helper itself: after the update, H y = s.
        double[] s = {1, 2};
        double[] y = {3, 1};
        RealMatrix h = bfgsInverse(new Array2DRowRealMatrix(new double[][] {{1, 0}, {0, 1}}), s, y);
        assertArrayEquals(s, h.operate(y), 1e-12);
    }
}
