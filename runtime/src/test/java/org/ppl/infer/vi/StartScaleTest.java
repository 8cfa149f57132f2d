package org.ppl.infer.vi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Both families start at the mean given, with every standard deviation at the start scale. */
class StartScaleTest {
    @Test
    void familiesStartAtTheScaleGiven() {
        double[] mean = {1, -2, 3};
        for (AdviOptions.Family f : AdviOptions.Family.values()) {
            VariationalFamily family = AdviOptions.defaults(f).withStartScale(0.1).newFamily(3);
            family.reset(mean);
            assertArrayEquals(mean, family.mean(), 0, f.name());
            assertArrayEquals(new double[] {0.1, 0.1, 0.1}, family.standardDeviations(), 1e-15, f.name());
            VariationalFamily stan = AdviOptions.defaults(f).newFamily(3);
            stan.reset(mean);
            assertArrayEquals(new double[] {1, 1, 1}, stan.standardDeviations(), 1e-15, f.name());
        }
    }

    @Test
    void aScaleMustBePositiveAndFinite() {
        AdviOptions d = AdviOptions.defaults(AdviOptions.Family.MEANFIELD);
        assertEquals("ADVI: start_scale is 0.0, but must be positive",
                assertThrows(IllegalArgumentException.class, () -> d.withStartScale(0)).getMessage());
        assertEquals("ADVI: start_scale must be finite",
                assertThrows(IllegalArgumentException.class, () -> d.withStartScale(Double.POSITIVE_INFINITY))
                        .getMessage());
    }
}
