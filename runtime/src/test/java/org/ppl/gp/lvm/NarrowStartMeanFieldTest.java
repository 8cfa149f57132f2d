package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ppl.infer.vi.MeanFieldGaussian;

class NarrowStartMeanFieldTest {
    @Test
    void startsAtTheGivenScaleAndOtherwiseIsStansMeanField() {
        NarrowStartMeanField narrow = new NarrowStartMeanField(3, 0.1);
        narrow.reset(new double[] {1, 2, 3});
        assertArrayEquals(new double[] {1, 2, 3}, narrow.mean(), 0.0);
        assertArrayEquals(new double[] {0.1, 0.1, 0.1}, narrow.standardDeviations(), 1e-15);
        double[] zeta = new double[3];
        narrow.transform(new double[] {1, -2, 0}, zeta);
        assertArrayEquals(new double[] {1.1, 1.8, 3}, zeta, 1e-15);
        MeanFieldGaussian plain = new MeanFieldGaussian(3);
        plain.reset(new double[] {1, 2, 3});
        // Same entropy up to the three log scales.
        assertEquals(plain.entropy() + 3 * Math.log(0.1), narrow.entropy(), 1e-12);
        assertEquals("meanfield", narrow.name());
        assertThrows(IllegalArgumentException.class, () -> new NarrowStartMeanField(3, 0));
    }
}
