package org.ppl.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ppl.infer.MetricKind;

/**
 * NUTS on the posteriordb models written in the language agrees with posteriordb's reference
 * posteriors (10 000 draws of Stan's NUTS) on every reported parameter, by the criterion of
 * {@link ReferenceAgreement}: Stan's default run (4 chains × 1000 warmup + 1000 draws), a fixed
 * seed. arK and low_dim_gauss_mix run in their vectorised forms here (a second or two each);
 * {@link ReferencePosteriorLoopsTest} runs them as written, with loops, in the validation profile.
 */
class ReferencePosteriorTest {
    static final Path MODELS = Path.of("src/test/resources/posteriordb");
    static final long SEED = 20240601;

    static ReferenceRun run(String posterior, Path model, MetricKind metric) {
        ReferenceRun run = ReferenceRun.of(posterior, model, metric, SEED);
        System.out.println(run.report());
        return run;
    }

    static void assertAgrees(ReferenceRun run) {
        assertTrue(run.agreement.agrees(), run.report());
    }

    private static ReferenceRun asWritten(String posterior, MetricKind metric) {
        return run(posterior, MODELS.resolve(posterior + ".ppl"), metric);
    }

    private static ReferenceRun vectorised(String posterior) {
        return run(posterior, VectorisedFormsTest.VECTORISED.resolve(posterior + ".vectorised.ppl"), MetricKind.DIAG);
    }

    @Test
    void eightSchoolsNoncentered() {
        assertAgrees(asWritten("eight_schools-eight_schools_noncentered", MetricKind.DIAG));
    }

    /** The slope and intercept are strongly correlated (mom_iq is not centred): the dense metric. */
    @Test
    void kidiq() {
        assertAgrees(asWritten("kidiq-kidscore_momiq", MetricKind.DENSE));
    }

    @Test
    void gpRegression() {
        assertAgrees(asWritten("gp_pois_regr-gp_regr", MetricKind.DIAG));
    }

    @Test
    void arK() {
        assertAgrees(vectorised("arK-arK"));
    }

    @Test
    void lowDimensionalGaussianMixture() {
        assertAgrees(vectorised("low_dim_gauss_mix-low_dim_gauss_mix"));
    }
}
