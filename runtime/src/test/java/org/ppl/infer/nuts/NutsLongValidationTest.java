package org.ppl.infer.nuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ppl.infer.MetricKind;

/** The validations of {@link NutsValidationTest} at full length (run with -Pvalidation). */
@Tag("validation")
class NutsLongValidationTest {
    @Test
    void standardNormalIn100DimensionsLong() {
        ValidationRun run = ValidationRun.of("standard normal, 100-d, diag, 4 x 5000", GaussianModel.standard(100),
                NutsSettings.defaults().withDraws(5000), 4, 11);
        System.out.println(run.report());
        double worst = 0;
        for (int i = 1; i <= 100; i++) {
            worst = Math.max(worst, Math.abs(run.zScore("x." + i, false, 0)));
            worst = Math.max(worst, Math.abs(run.zScore("x." + i, true, 1)));
        }
        assertTrue(worst < NutsValidationTest.Z_MANY, "largest |z| " + worst);
        assertEquals(0, run.diagnostics().totalDivergences());
    }

    @Test
    void correlatedGaussianAllCoordinates() {
        GaussianModel model = GaussianModel.autoregressive(50, 0.95, 0.1, 10);
        ValidationRun diag = ValidationRun.of("AR(1) 0.95 Gaussian, 50-d, diag, 4 x 1000", model, NutsSettings.defaults(), 4, 13);
        ValidationRun dense = ValidationRun.of("AR(1) 0.95 Gaussian, 50-d, dense, 4 x 1000", model,
                NutsSettings.defaults().withMetric(MetricKind.DENSE), 4, 13);
        System.out.println(diag.report());
        System.out.println(dense.report());
        System.out.printf(Locale.ROOT, "diag / dense leapfrogs per draw: %.1f%n",
                diag.leapfrogsPerDraw() / dense.leapfrogsPerDraw());
        assertTrue(diag.leapfrogsPerDraw() / dense.leapfrogsPerDraw() > 4);
        double[] s = GaussianModel.scales(50, 0.1, 10);
        for (ValidationRun run : new ValidationRun[] {diag, dense}) {
            double worst = 0;
            for (int i = 1; i <= 50; i++) {
                worst = Math.max(worst, Math.abs(run.zScore("x." + i, false, 0)));
                worst = Math.max(worst, Math.abs(run.zScore("x." + i, true, s[i - 1] * s[i - 1])));
            }
            assertTrue(worst < NutsValidationTest.Z_MANY, run.label + ": largest |z| " + worst);
        }
    }

    @Test
    void nonCentredFunnelIsExact() {
        ValidationRun run = ValidationRun.of("funnel, non-centred, 4 x 5000", new FunnelModel(9, false),
                NutsSettings.defaults().withDraws(5000), 4, 17);
        System.out.println(run.report());
        assertEquals(0, run.diagnostics().totalDivergences());
        assertTrue(Math.abs(run.zScore("v", false, 0)) < NutsValidationTest.Z_ONE);
        assertTrue(Math.abs(run.zScore("v", true, 9)) < NutsValidationTest.Z_ONE);
        for (int i = 1; i <= 9; i++) {
            assertTrue(Math.abs(run.zScore("z." + i, true, 1)) < NutsValidationTest.Z_MANY);
        }
    }

    /** A milder break (a quarter of the half-step moved) is still caught with longer runs. */
    @Test
    void milderBrokenSamplerIsRejected() {
        NutsValidationTest.Verdict good = NutsValidationTest.gammaPosteriorCheck(Leapfrog.INSTANCE, "Gamma, correct");
        NutsValidationTest.Verdict bad = NutsValidationTest.gammaPosteriorCheck(new BiasedLeapfrog(0.5), "Gamma, bias 0.5");
        assertTrue(good.passes(), good.toString());
        assertFalse(bad.passes(), bad.toString());
    }
}
