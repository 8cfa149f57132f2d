package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InducingPointsTest {
    @Test
    void farthestPointSamplingFromTheCentralPoint() {
        // Points on a line: 0, 1, 2, 3, 10. The centroid is 3.2, nearest 3; then the farthest from
        // {3} is 10, then from {3, 10} it is 0, then from {3, 10, 0}: 1 and 2 are both 1 away, 1 first.
        double[] x = {0, 1, 2, 3, 10};
        assertArrayEquals(new double[] {3, 10, 0, 1}, InducingPoints.spread(x, 5, 1, 4), 0.0);
    }

    @Test
    void moreInducingInputsThanPointsReuseThePointsShifted() {
        double[] x = {0, 0, 4, 0};
        double[] u = InducingPoints.spread(x, 2, 2, 3);
        assertEquals(3 * 2, u.length);
        double[] third = Arrays.copyOfRange(u, 4, 6);
        assertArrayEquals(new double[] {u[0] + 1e-3, u[1] + 1e-3}, third, 1e-15);
    }
}
