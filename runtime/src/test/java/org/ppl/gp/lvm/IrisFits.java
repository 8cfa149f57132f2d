package org.ppl.gp.lvm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.ppl.examples.Gplvm;
import org.ppl.infer.Initialisation;
import org.ppl.infer.RandomStream;
import org.ppl.infer.optimize.MapOptimizer;
import org.ppl.infer.optimize.MapResult;
import org.ppl.infer.vi.Advi;
import org.ppl.infer.vi.AdviListener;
import org.ppl.infer.vi.AdviOptions;
import org.ppl.infer.vi.AdviResult;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/** The fits of the iris GP-LVM (Q = 2) the showcase reports, each with its latent space's 1-NN errors. */
final class IrisFits {
    static final int Q = 2;
    static final ShowcaseData.Labelled IRIS = ShowcaseData.iris();

    /** One fit: its mode, the leave-one-out 1-NN errors of its latent X, its wall time, log density (MAP) or ELBO. */
    record Fit(FitMode mode, int errors, double seconds, double logDensity, String detail) {
        String line(String what) {
            return String.format(Locale.ROOT, "[showcase] iris %s: %d errors, %.2f s, %s%s", what, errors, seconds,
                    mode.describe(), detail.isEmpty() ? "" : "; " + detail);
        }
    }

    private IrisFits() {}

    static Model model() {
        return TapeModel.of(new Gplvm(IRIS.y(), IRIS.n(), IRIS.p(), Q));
    }

    /** Errors of the classical 2-D PCA projection of the same data. */
    static int pcaErrors() {
        return errors(Pca.projection(IRIS.y(), IRIS.n(), IRIS.p(), Q));
    }

    static int errors(double[] values) {
        return NearestNeighbour.leaveOneOutErrors(Arrays.copyOf(values, IRIS.n() * Q), IRIS.n(), Q, IRIS.labels());
    }

    static double[] pcaStart(Model model) {
        return LatentStart.pca(model, IRIS.y(), IRIS.n(), IRIS.p(), Map.of(), new SplittableRandom(1));
    }

    /** Stan's random initialisation: uniform(-2, 2) on the unconstrained scale. */
    static double[] randomStart(Model model, long seed) {
        return Initialisation.random(model, RandomStream.of(seed), Initialisation.DEFAULT_RADIUS).position();
    }

    static Fit map(Model model, double[] start) {
        long t0 = System.nanoTime();
        MapResult r = MapOptimizer.optimize(model, start);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        String detail = String.format(Locale.ROOT, "log density %.1f, %s after %d iterations", r.logDensity(),
                r.converged() ? "converged" : "stopped (" + r.reason().description() + ")", r.iterations());
        return new Fit(FitMode.of(model, r.constrained()), errors(r.constrained()), seconds, r.logDensity(), detail);
    }

    /** Mean-field ADVI with Stan's defaults from {@code start}, its family started at {@code scale} (Stan: 1). */
    static Fit advi(Model model, double[] start, long seed, double scale) {
        long t0 = System.nanoTime();
        AdviResult r = Advi.fit(model, start, AdviOptions.defaults(AdviOptions.Family.MEANFIELD).withStartScale(scale),
                RandomStream.of(seed), new AdviListener() { });
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double k = r.draws(1000, RandomStream.of(seed + 1000)).paretoSmoothing().paretoK();
        double[] mean = r.constrainedMean();
        String detail = String.format(Locale.ROOT, "ELBO %.1f, Pareto k %.2f, %d iterations, eta %s, %s", r.elbo(), k,
                r.iterations(), r.eta(), r.converged() ? "converged" : "not converged");
        return new Fit(FitMode.of(model, mean), errors(mean), seconds, r.elbo(), detail);
    }
}
