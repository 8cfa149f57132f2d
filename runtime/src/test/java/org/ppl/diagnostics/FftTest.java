package org.ppl.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ppl.infer.RandomStream;

class FftTest {
    /** Against the O(N²) definition X_k = Σ x_j exp(-2πi jk/N). */
    @Test
    void matchesTheDirectTransform() {
        RandomStream rng = RandomStream.of(8);
        for (int n : new int[] {1, 2, 4, 8, 64, 256}) {
            double[] re = new double[n];
            double[] im = new double[n];
            for (int j = 0; j < n; j++) {
                re[j] = rng.nextGaussian();
                im[j] = rng.nextGaussian();
            }
            double[] fr = re.clone();
            double[] fi = im.clone();
            Fft.transform(fr, fi);
            for (int k = 0; k < n; k++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    double a = -2 * Math.PI * j * k / n;
                    sr += re[j] * Math.cos(a) - im[j] * Math.sin(a);
                    si += re[j] * Math.sin(a) + im[j] * Math.cos(a);
                }
                assertEquals(sr, fr[k], 1e-10 * n);
                assertEquals(si, fi[k], 1e-10 * n);
            }
        }
    }

    @Test
    void rejectsOtherLengths() {
        assertThrows(IllegalArgumentException.class, () -> Fft.transform(new double[6], new double[6]));
        assertEquals(8, Fft.powerOfTwoAtLeast(5));
        assertEquals(1, Fft.powerOfTwoAtLeast(0));
    }
}
