package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ppl.examples.Gplvm;
import org.ppl.examples.SparseGplvm;
import org.ppl.infer.optimize.LbfgsOptions;
import org.ppl.infer.optimize.MapOptimizer;
import org.ppl.infer.optimize.MapResult;
import org.ppl.infer.optimize.OptimizationListener;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/**
 * The oil flow data (Bishop &amp; James 1993; 1000 training points, 12 features, 3 flow regimes),
 * centred, in a 2-D latent space. Lawrence (2005, JMLR 6) reports leave-one-out 1-nearest-neighbour
 * errors of PCA 162, LLE 18, GTM 11 and GP-LVM 1 on it (the raw 12-D data: 2). The GP-LVM and the
 * sparse GP-LVM fitted by MAP from the PCA start must beat GTM. Skipped when the data are absent.
 */
@Tag("validation")
class OilFlowValidation {
    private static final int Q = 2, M = 50;
    /** Lawrence's GTM figure, the one to beat. */
    private static final int GTM_ERRORS = 11;
    /** Iterations of the exact stage after the sparse warm start: about 17 s at 0.07 s a gradient. */
    private static final int EXACT_ITERATIONS = 250;
    /**
     * Iterations of the sparse stage: with Stan's 2000 the fit still moves (its 1-NN errors changed
     * from 6 to 11 with a change of summation order in the dense kernels); 5000 take it further up
     * the log density, to a latent space that rounding does not reshuffle as much.
     */
    private static final int SPARSE_ITERATIONS = 5000;

    private static int errors(ShowcaseData.Labelled oil, double[] values) {
        return NearestNeighbour.leaveOneOutErrors(Arrays.copyOf(values, oil.n() * Q), oil.n(), Q, oil.labels());
    }

    @Test
    void pcaAndTheRawDataGiveThePublishedFigures() {
        ShowcaseData.Labelled oil = ShowcaseData.oil();
        int raw = NearestNeighbour.leaveOneOutErrors(oil.y(), oil.n(), oil.p(), oil.labels());
        int projection = errors(oil, Pca.projection(oil.y(), oil.n(), oil.p(), Q));
        int unitVariance = errors(oil, Pca.scores(oil.y(), oil.n(), oil.p(), Q, new SplittableRandom(1)));
        System.out.printf(Locale.ROOT, "[showcase] oil raw 12-D data: %d errors; PCA projection: %d; PCA scores at unit "
                + "variance (the GP-LVM start): %d%n", raw, projection, unitVariance);
        assertEquals(2, raw, "the published figure for the raw data");
        assertEquals(162, unitVariance, "the published PCA figure");
    }

    @Test
    void sparseGplvmMapFromThePcaStartBeatsGtm() {
        ShowcaseData.Labelled oil = ShowcaseData.oil();
        Model model = TapeModel.of(new SparseGplvm(oil.y(), oil.n(), oil.p(), Q, M));
        long t0 = System.nanoTime();
        double[] start = LatentStart.pca(model, oil.y(), oil.n(), oil.p(), Map.of(), new SplittableRandom(1));
        MapResult fit = MapOptimizer.optimize(model, start, LbfgsOptions.defaults().withMaxIterations(SPARSE_ITERATIONS),
                OptimizationListener.NONE);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        int errors = errors(oil, fit.constrained());
        System.out.printf(Locale.ROOT, "[showcase] oil sparse GP-LVM (M = %d, VFE) MAP from PCA: %d errors, %.1f s, %s; %s%n",
                M, errors, seconds, FitMode.of(model, fit.constrained()).describe(), fit.summary());
        assertTrue(errors <= GTM_ERRORS, errors + " errors");
    }

    @Test
    void exactGplvmMapWithASparseWarmStartBeatsGtm() {
        ShowcaseData.Labelled oil = ShowcaseData.oil();
        Model sparse = TapeModel.of(new SparseGplvm(oil.y(), oil.n(), oil.p(), Q, M));
        Model exact = TapeModel.of(new Gplvm(oil.y(), oil.n(), oil.p(), Q));
        SparseWarmStartMap fit = SparseWarmStartMap.fit(sparse, exact, oil.y(), oil.n(), oil.p(),
                LbfgsOptions.defaults().withMaxIterations(SPARSE_ITERATIONS),
                LbfgsOptions.defaults().withMaxIterations(EXACT_ITERATIONS), new SplittableRandom(1));
        int sparseErrors = errors(oil, fit.sparse().constrained());
        int errors = errors(oil, fit.exact().constrained());
        System.out.printf(Locale.ROOT, "[showcase] oil exact GP-LVM MAP, sparse warm start (M = %d): %d errors after the "
                + "sparse stage (%.1f s, %d iterations), %d after the exact stage (%.1f s, %d iterations, %s); total %.1f s; %s%n",
                M, sparseErrors, fit.sparseSeconds(), fit.sparse().iterations(), errors, fit.exactSeconds(),
                fit.exact().iterations(), fit.exact().reason().description(), fit.totalSeconds(),
                FitMode.of(exact, fit.exact().constrained()).describe());
        assertTrue(errors <= GTM_ERRORS, errors + " errors");
    }
}
