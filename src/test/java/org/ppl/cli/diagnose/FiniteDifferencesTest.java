package org.ppl.cli.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.cli.CliTesting;
import org.ppl.examples.EightSchools;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

class FiniteDifferencesTest {
    @Test
    void theStencilIsExactOnAQuadratic() {
        // A quadratic log density leaves the stencil no truncation error: only rounding remains.
        Model conjugate = TapeModel.of(CliTesting.CONJUGATE);
        double[] theta = {1.3};
        FiniteDifferences.Result r = FiniteDifferences.compare(conjugate, theta, 1e-3, 1e-8);
        // d/dx [-(x-3)^2/8 - (5-x)^2/2] = -(x-3)/4 + (5-x)
        assertEquals(-(1.3 - 3) / 4 + (5 - 1.3), r.comparisons().get(0).finite(), 1e-9);
        assertFalse(r.comparisons().get(0).flagged());
    }

    @Test
    void eightSchoolsGradientAgreesEverywhere() {
        Model m = TapeModel.of(new EightSchools());
        double[] theta = {0.3, -0.7, 1, -1, 0.5, 0.2, -0.3, 0.8, 1.5, -1.2};
        FiniteDifferences.Result r = FiniteDifferences.compare(m, theta, FiniteDifferences.DEFAULT_EPSILON,
                FiniteDifferences.DEFAULT_THRESHOLD);
        assertEquals(0, r.flaggedCount());
        assertEquals(10, r.comparisons().size());
        assertEquals("mu", r.comparisons().get(0).name());
        for (FiniteDifferences.Comparison c : r.comparisons()) assertTrue(Math.abs(c.error()) < 1e-7, c.toString());
    }

    @Test
    void medianTimesAreSaidAsCmdStanSaysThem() {
        assertEquals("0.000123", GradientTiming.significant(0.00012345));
        assertEquals("1.23", GradientTiming.significant(1.2345));
        assertEquals("1230", GradientTiming.significant(1234.5));
        GradientTiming.Timing t = new GradientTiming.Timing(0.000123, 50);
        assertEquals("Gradient evaluation took 0.000123 seconds; 1000 transitions using 10 leapfrog steps per "
                + "transition would take 1.23 seconds.", t.cmdStanSentence());
        Model m = TapeModel.of(new EightSchools());
        GradientTiming.Timing measured = GradientTiming.measure(m, new double[10], 7, 20, 0.0);
        assertEquals(4, measured.evaluations(), "the later half of 7 evaluations");
        assertTrue(measured.medianSeconds() > 0);
    }
}
