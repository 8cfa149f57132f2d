package org.ppl.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ppl.infer.MetricKind;

/**
 * Models broken on purpose, each a slip a careful reader could make, that the reference validation
 * must reject: proof that {@link ReferencePosteriorTest} has the power to catch a wrong density.
 */
class BrokenFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/validation");

    private static void assertRejected(String posterior, String fixture) {
        ReferenceRun run = ReferencePosteriorTest.run(posterior, FIXTURES.resolve(fixture), MetricKind.DIAG);
        assertFalse(run.agreement.agrees(), fixture + " passed the reference validation:\n" + run.report());
    }

    /** The likelihood's exponent without its ½: the schools' standard errors shrunk by √2. */
    @Test
    void eightSchoolsMissingAHalf() {
        assertRejected("eight_schools-eight_schools_noncentered", "eight_schools_missing_half.ppl");
    }

    /** σ² on the kernel's diagonal where posteriordb adds σ. */
    @Test
    void gpRegressionWithTheNoiseSquared() {
        assertRejected("gp_pois_regr-gp_regr", "gp_regr_noise_squared.ppl");
    }
}
