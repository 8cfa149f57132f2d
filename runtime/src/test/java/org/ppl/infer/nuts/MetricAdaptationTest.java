package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ppl.infer.MetricKind;
import org.ppl.infer.SamplingFailure;

class MetricAdaptationTest {
    /** One window of 4 draws: the estimate is n/(n+5) S + 1e-3 · 5/(n+5). */
    @Test
    void diagonalEstimateIsRegularised() {
        WindowSchedule schedule = new WindowSchedule(10, java.util.List.of(new WindowSchedule.Window(2, 6)));
        MetricAdaptation a = new MetricAdaptation(schedule, MetricKind.DIAG, 2);
        double[][] draws = {{9, 9}, {9, 9}, {1, 10}, {2, 20}, {3, 30}, {6, 60}, {9, 9}};
        for (int i = 0; i < 5; i++) assertNull(a.observe(i, draws[i]));
        Metric m = a.observe(5, draws[5]);
        // Sample variances of {1,2,3,6} and {10,20,30,60}: 14/3 and 1400/3.
        double w = 4.0 / 9.0;
        double shrink = 1e-3 * 5.0 / 9.0;
        assertArrayEquals(new double[] {w * 14 / 3 + shrink, w * 1400 / 3 + shrink}, m.inverseMetric(), 1e-12);
        assertNull(a.observe(6, draws[6]));
    }

    @Test
    void denseEstimateIsRegularisedOnTheDiagonalOnly() {
        WindowSchedule schedule = new WindowSchedule(4, java.util.List.of(new WindowSchedule.Window(0, 3)));
        MetricAdaptation a = new MetricAdaptation(schedule, MetricKind.DENSE, 2);
        a.observe(0, new double[] {0, 0});
        a.observe(1, new double[] {1, 2});
        Metric m = a.observe(2, new double[] {2, 1});
        // Covariance of (0,0), (1,2), (2,1): var 1, 1, covariance 0.5.
        double w = 3.0 / 8.0;
        double shrink = 1e-3 * 5.0 / 8.0;
        assertArrayEquals(new double[] {w + shrink, w * 0.5, w * 0.5, w + shrink}, m.inverseMetric(), 1e-12);
        assertEquals(MetricKind.DENSE, m.kind());
    }

    @Test
    void overflowIsAClearFailure() {
        WindowSchedule schedule = new WindowSchedule(4, java.util.List.of(new WindowSchedule.Window(0, 2)));
        MetricAdaptation a = new MetricAdaptation(schedule, MetricKind.DIAG, 1);
        a.observe(0, new double[] {-1e300});
        SamplingFailure e = assertThrows(SamplingFailure.class, () -> a.observe(1, new double[] {1e300}));
        assertEquals(true, e.getMessage().contains("overflow"));
    }
}
