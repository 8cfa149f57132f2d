package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppl.examples.Gplvm;
import org.ppl.infer.RandomStream;
import org.ppl.infer.vi.Advi;
import org.ppl.infer.vi.AdviListener;
import org.ppl.infer.vi.AdviOptions;
import org.ppl.infer.vi.AdviResult;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/**
 * Automatic relevance determination (Titsias &amp; Lawrence 2010): data generated from 2 latent
 * dimensions and fitted with Q = 5 by mean-field ADVI from the PCA start. The lengthscales of the
 * three dimensions the data do not need grow large, switching them off, while the two used stay
 * near 1. (MAP does not do this: with X a point estimate it can shrink a column of X instead, and
 * it overfits with σ → 0; integrating X out, even approximately, is what makes ARD work.)
 */
class ArdSwitchOffTest {
    private static final int N = 100, P = 8, Q = 5;

    /** N points of a 2-D standard normal latent space through P random sinusoids, plus noise 0.05. */
    private static double[] data() {
        SplittableRandom r = new SplittableRandom(7);
        double[][] w = new double[P][2];
        double[] phase = new double[P];
        for (int j = 0; j < P; j++) {
            w[j][0] = r.nextGaussian();
            w[j][1] = r.nextGaussian();
            phase[j] = 2 * Math.PI * r.nextDouble();
        }
        double[] y = new double[N * P];
        for (int i = 0; i < N; i++) {
            double t0 = r.nextGaussian(), t1 = r.nextGaussian();
            for (int j = 0; j < P; j++) y[i * P + j] = Math.sin(w[j][0] * t0 + w[j][1] * t1 + phase[j]) + 0.05 * r.nextGaussian();
        }
        return y;
    }

    @Test
    void theExtraLengthscalesGrowLarge() {
        double[] y = data();
        Model model = TapeModel.of(new Gplvm(y, N, P, Q));
        double[] start = LatentStart.pca(model, y, N, P, Map.of(), new SplittableRandom(1));
        AdviResult fit = Advi.fit(model, start, AdviOptions.defaults(AdviOptions.Family.MEANFIELD)
                .withStartScale(LatentStart.ADVI_START_SCALE), RandomStream.of(3), new AdviListener() { });
        double[] ls = Arrays.copyOfRange(fit.constrainedMean(), N * Q, N * Q + Q);
        double[] sorted = ls.clone();
        Arrays.sort(sorted);
        System.out.println(String.format(Locale.ROOT, "[showcase] ARD, 2 true dimensions fitted with Q = 5 by ADVI: "
                + "lengthscales %s, ELBO %.1f, %d iterations", Arrays.toString(ls), fit.elbo(), fit.iterations()));
        for (int k = 2; k < Q; k++) {
            assertTrue(sorted[k] > 10 * sorted[1], "lengthscale " + sorted[k] + " is switched off against " + sorted[1]
                    + ": " + Arrays.toString(ls));
        }
        assertTrue(sorted[1] < 3, "two dimensions stay in use: " + Arrays.toString(ls));
    }
}
