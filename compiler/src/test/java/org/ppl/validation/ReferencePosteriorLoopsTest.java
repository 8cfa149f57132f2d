package org.ppl.validation;

import static org.ppl.validation.ReferencePosteriorTest.assertAgrees;
import static org.ppl.validation.ReferencePosteriorTest.run;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ppl.infer.MetricKind;

/**
 * arK and low_dim_gauss_mix as written, with a loop over time points or observations, against
 * their reference posteriors. Each loop iteration lowers to its own scalar operations, so a
 * gradient costs 0.1 ms (arK) and 6 ms (the mixture), and a run minutes: validation profile only.
 */
@Tag("validation")
class ReferencePosteriorLoopsTest {
    @Test
    void arK() {
        assertAgrees(run("arK-arK", ReferencePosteriorTest.MODELS.resolve("arK-arK.ppl"), MetricKind.DIAG));
    }

    @Test
    void lowDimensionalGaussianMixture() {
        String posterior = "low_dim_gauss_mix-low_dim_gauss_mix";
        assertAgrees(run(posterior, ReferencePosteriorTest.MODELS.resolve(posterior + ".ppl"), MetricKind.DIAG));
    }
}
