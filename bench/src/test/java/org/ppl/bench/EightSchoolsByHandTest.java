package org.ppl.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.examples.EightSchools;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/** The benchmark's plain-Java floor computes the same density and gradient as the tape. */
class EightSchoolsByHandTest {
    @Test
    void agreesWithTheTape() {
        Model m = TapeModel.of(new EightSchools());
        Random r = new Random(1);
        double[] theta = new double[10];
        double[] g1 = new double[10];
        double[] g2 = new double[10];
        for (int trial = 0; trial < 20; trial++) {
            for (int i = 0; i < 10; i++) theta[i] = 2 * r.nextGaussian();
            assertEquals(m.logDensityGradient(theta, g1), EightSchoolsByHand.logDensityGradient(theta, g2), 1e-10);
            assertArrayEquals(g1, g2, 1e-10);
        }
    }
}
