package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Sub;
import org.ppl.diagnostics.ChainArrays;
import org.ppl.diagnostics.EffectiveSampleSize;
import org.ppl.diagnostics.SamplerDiagnostics;
import org.ppl.infer.MetricKind;
import org.ppl.model.ModelDefinition;
import org.ppl.model.TapeModel;
import org.ppl.transform.Interval;

/**
 * NUTS against known posteriors, small enough for every build. Each check compares an estimate
 * with the truth in units of its Monte Carlo standard error.
 */
class NutsValidationTest {
    /**
     * Largest |z| accepted when many z-scores are checked at once: P(max of 200 |N(0,1)| > 4.5) is
     * about 1.4e-3, so a correct sampler passes; a biased one moves many estimates by more.
     */
    static final double Z_MANY = 4.5;
    /** Largest |z| for a single estimate (two-sided 6e-5). */
    static final double Z_ONE = 4.0;
    /** KS p-value below which draws are declared not from the target. */
    static final double KS_ALPHA = 1e-3;

    @Test
    void standardNormalIn100Dimensions() {
        ValidationRun run = ValidationRun.of("standard normal, 100-d, diag", GaussianModel.standard(100),
                NutsSettings.defaults(), 4, 1);
        System.out.println(run.report());
        double worst = 0;
        for (int i = 1; i <= 100; i++) {
            worst = Math.max(worst, Math.abs(run.zScore("x." + i, false, 0)));
            worst = Math.max(worst, Math.abs(run.zScore("x." + i, true, 1)));
        }
        assertTrue(worst < Z_MANY, "largest |z| of means and second moments: " + worst);
        assertEquals(0, run.diagnostics().totalDivergences());
        double accept = run.meanOf("accept_stat__");
        assertTrue(accept > 0.75 && accept < 0.97, "mean accept_stat " + accept);
        assertTrue(run.summary().maxRhat() < 1.01, "R-hat " + run.summary().maxRhat());
    }

    /** Strong correlations: a dense metric whitens them and needs several times fewer steps. */
    @Test
    void denseMetricNeedsSeveralTimesFewerLeapfrogsOnCorrelatedGaussian() {
        GaussianModel model = GaussianModel.autoregressive(50, 0.95, 0.1, 10);
        NutsSettings settings = NutsSettings.defaults().withDraws(500);
        ValidationRun diag = ValidationRun.of("AR(1) 0.95 Gaussian, 50-d, diag", model, settings, 1, 3);
        ValidationRun dense = ValidationRun.of("AR(1) 0.95 Gaussian, 50-d, dense", model,
                settings.withMetric(MetricKind.DENSE), 1, 3);
        double ratio = diag.leapfrogsPerDraw() / dense.leapfrogsPerDraw();
        System.out.println(diag.report());
        System.out.println(dense.report());
        System.out.printf(Locale.ROOT, "diag / dense leapfrogs per draw: %.1f%n", ratio);
        assertTrue(ratio > 4, "diag / dense leapfrogs per draw " + ratio);
        double[] s = GaussianModel.scales(50, 0.1, 10);
        double worst = 0;
        for (int i : new int[] {1, 10, 25, 40, 50}) {
            worst = Math.max(worst, Math.abs(dense.zScore("x." + i, false, 0)));
            worst = Math.max(worst, Math.abs(dense.zScore("x." + i, true, s[i - 1] * s[i - 1])));
        }
        assertTrue(worst < Z_MANY, "largest |z| of the dense run: " + worst);
    }

    @Test
    void centredFunnelDivergesAndNonCentredDoesNot() {
        ValidationRun centred = ValidationRun.of("funnel, centred", new FunnelModel(9, true), NutsSettings.defaults(), 4, 1);
        ValidationRun nonCentred = ValidationRun.of("funnel, non-centred", new FunnelModel(9, false),
                NutsSettings.defaults(), 4, 1);
        System.out.println(centred.report());
        System.out.println(nonCentred.report());
        SamplerDiagnostics d = centred.diagnostics();
        assertTrue(d.totalDivergences() > 0, "the centred funnel must report divergences");
        assertTrue(d.warnings().get(0).contains("divergent"), d.warnings().get(0));
        assertEquals(0, nonCentred.diagnostics().totalDivergences());
        assertTrue(Math.abs(nonCentred.zScore("v", false, 0)) < Z_ONE);
        assertTrue(Math.abs(nonCentred.zScore("v", true, 9)) < Z_ONE);
    }

    /**
     * A model on the tape with a bound that depends on another parameter and no density terms:
     * α in (0, 1), β in (0, 1 - α), so (α, β) is uniform on a triangle. Then 1 - (1 - α)² and,
     * given α, β / (1 - α) are uniform on (0, 1); means are 1/3 and E[α²] = 1/6.
     */
    @Test
    void uniformTriangleFromTheTape() {
        ModelDefinition triangle = b -> {
            Tape t = b.tape();
            Node alpha = b.parameter("alpha", Shape.SCALAR, new Interval(t.constant(0.0), t.constant(1.0)));
            Node oneMinus = t.push(new Sub(t.constant(1.0), alpha));
            b.parameter("beta", Shape.SCALAR, new Interval(t.constant(0.0), oneMinus));
        };
        ValidationRun run = ValidationRun.of("uniform triangle (tape model)", TapeModel.of(triangle), NutsSettings.defaults(),
                4, 19);
        System.out.println(run.report());
        assertTrue(Math.abs(run.zScore("alpha", false, 1.0 / 3)) < Z_ONE);
        assertTrue(Math.abs(run.zScore("beta", false, 1.0 / 3)) < Z_ONE);
        assertTrue(Math.abs(run.zScore("alpha", true, 1.0 / 6)) < Z_ONE);
        double[] alpha = ChainArrays.pooled(run.draws.column("alpha"));
        double[] beta = ChainArrays.pooled(run.draws.column("beta"));
        int thin = (int) Math.ceil(alpha.length / EffectiveSampleSize.bulk(run.draws.column("alpha")));
        double[] u = new double[alpha.length / thin];
        double[] w = new double[alpha.length / thin];
        for (int i = 0; i < u.length; i++) {
            double a = alpha[i * thin];
            u[i] = 1 - (1 - a) * (1 - a);
            w[i] = beta[i * thin] / (1 - a);
        }
        UniformRealDistribution uniform = new UniformRealDistribution(0, 1);
        assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(uniform, u) > KS_ALPHA);
        assertTrue(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(uniform, w) > KS_ALPHA);
    }

    /** λ | y ~ Gamma(2.5, rate 2) for the prior Gamma(1.5, 1) and one Poisson count y = 1. */
    @Test
    void analyticPosteriorPassesKolmogorovSmirnov() {
        Verdict v = gammaPosteriorCheck(Leapfrog.INSTANCE, "analytic Gamma posterior");
        assertTrue(v.passes(), v.toString());
    }

    /** The same check rejects a sampler whose leapfrog has unequal half-steps: the check has power. */
    @Test
    void brokenSamplerIsRejected() {
        Verdict v = gammaPosteriorCheck(new BiasedLeapfrog(1.0), "analytic Gamma posterior, biased leapfrog");
        assertFalse(v.passes(), v.toString());
        assertTrue(v.ksPValue() < 1e-6 && Math.abs(v.zMean()) > Z_ONE, v.toString());
    }

    record Verdict(double ksPValue, double zMean, int thin) {
        boolean passes() {
            return ksPValue > KS_ALPHA && Math.abs(zMean) < Z_ONE;
        }
    }

    /**
     * Draws of λ, thinned by S / ESS so they are close to independent, against the Gamma
     * distribution by a Kolmogorov-Smirnov test; and the mean against the truth in MCSE units.
     */
    static Verdict gammaPosteriorCheck(Integrator integrator, String label) {
        PoissonGammaModel model = new PoissonGammaModel(1.5, 1, new int[] {1});
        GammaDistribution truth = new GammaDistribution(null, model.shape, 1 / model.rate);
        ValidationRun run = ValidationRun.of(label, model, NutsSettings.defaults().withDraws(5000), 4, 7, integrator);
        double[][] lambda = run.draws.column("lambda");
        double[] all = ChainArrays.pooled(lambda);
        int thin = (int) Math.ceil(all.length / EffectiveSampleSize.bulk(lambda));
        double[] thinned = new double[all.length / thin];
        for (int i = 0; i < thinned.length; i++) thinned[i] = all[i * thin];
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(truth, thinned);
        Verdict v = new Verdict(p, run.zScore("lambda", false, truth.getNumericalMean()), thin);
        System.out.println(run.report() + "; " + v);
        return v;
    }
}
