package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NearestNeighbourTest {
    @Test
    void countsPointsWhoseNearestOtherPointHasAnotherLabel() {
        // On a line: 0, 1, 1.4, 5, 5.2, 9 labelled a a b b b a. Nearest others: 0→1 (a, right),
        // 1→1.4 (b, wrong), 1.4→1 (a, wrong), 5→5.2 (b, right), 5.2→5 (b, right), 9→5.2 (b, wrong).
        double[] x = {0, 1, 1.4, 5, 5.2, 9};
        int[] labels = {0, 0, 1, 1, 1, 0};
        assertEquals(3, NearestNeighbour.leaveOneOutErrors(x, 6, 1, labels));
    }

    @Test
    void separatedClustersHaveNoErrorsInAnyDimension() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 60, q = 3;
        double[] x = new double[n * q];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int d = 0; d < q; d++) x[i * q + d] = 10 * labels[i] * (d == 0 ? 1 : 0) + 0.5 * r.nextGaussian();
        }
        assertEquals(0, NearestNeighbour.leaveOneOutErrors(x, n, q, labels));
        // Relabelling point 0 makes it wrong, and every point whose nearest other point it is.
        labels[0] = 1;
        int expected = 1;
        for (int i = 1; i < n; i++) {
            double toZero = squaredDistance(x, q, i, 0);
            boolean zeroIsNearest = true;
            for (int j = 1; j < n; j++) {
                if (j != i && squaredDistance(x, q, i, j) <= toZero) zeroIsNearest = false;
            }
            if (zeroIsNearest) expected++;
        }
        assertEquals(expected, NearestNeighbour.leaveOneOutErrors(x, n, q, labels));
    }

    private static double squaredDistance(double[] x, int q, int i, int j) {
        double s = 0;
        for (int d = 0; d < q; d++) s += (x[i * q + d] - x[j * q + d]) * (x[i * q + d] - x[j * q + d]);
        return s;
    }

    @Test
    void aTieGoesToThePointListedFirst() {
        double[] x = {0, -1, 1};
        assertEquals(1, NearestNeighbour.nearestOther(x, 3, 1, 0));
        assertEquals(1, NearestNeighbour.leaveOneOutErrors(x, 3, 1, new int[] {0, 0, 1}));
    }

    @Test
    void argumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbour.leaveOneOutErrors(new double[3], 2, 2, new int[2]));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbour.leaveOneOutErrors(new double[4], 2, 2, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbour.leaveOneOutErrors(new double[2], 1, 2, new int[1]));
    }
}
