package org.ppl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.diagnostics.Summary;
import org.ppl.diagnostics.SummaryRow;

/** The agreement criterion at its edges, and Stan's element names in ours. */
class ReferenceAgreementTest {
    private static SummaryRow row(String name, double mean, double sd, double mcse) {
        double nan = Double.NaN;
        return new SummaryRow(name, mean, sd, nan, nan, nan, mcse, nan, nan, nan, 1000, 1000, 1.0);
    }

    private static ReferenceSummary reference(double mean, double sd) {
        return new ReferenceSummary("test", List.of(new ReferenceSummary.Entry("x", mean, sd)));
    }

    private static boolean agrees(double mean, double sd, double mcse, double refMean, double refSd) {
        return ReferenceAgreement.of(new Summary(List.of(row("x", mean, sd, mcse))), reference(refMean, refSd)).agrees();
    }

    @Test
    void stanNamesBecomeDottedNames() {
        assertEquals("beta.1", ReferenceSummary.ourName("beta[1]"));
        assertEquals("Sigma.2.10", ReferenceSummary.ourName("Sigma[2, 10]"));
        assertEquals("Sigma.2.1", ReferenceSummary.ourName("\"Sigma[2,1]\""));
        assertEquals("tau", ReferenceSummary.ourName("tau"));
    }

    /** Allowed mean error max(4·MCSE, 0.05·ref_sd): 4·0.1 = 0.4 here, above 0.05·2 = 0.1. */
    @Test
    void meanWithinFourMcse() {
        assertTrue(agrees(10.39, 2, 0.1, 10, 2));
        assertFalse(agrees(10.41, 2, 0.1, 10, 2));
        assertFalse(agrees(9.59, 2, 0.1, 10, 2));
    }

    /** With a tiny MCSE the floor 0.05·ref_sd = 0.1 applies. */
    @Test
    void meanWithinFivePercentOfTheSdWhenMcseIsTiny() {
        assertTrue(agrees(10.09, 2, 1e-6, 10, 2));
        assertFalse(agrees(10.11, 2, 1e-6, 10, 2));
    }

    @Test
    void sdWithinTenPercent() {
        assertTrue(agrees(10, 2.19, 0.1, 10, 2));
        assertTrue(agrees(10, 1.81, 0.1, 10, 2));
        assertFalse(agrees(10, 2.21, 0.1, 10, 2));
        assertFalse(agrees(10, 1.79, 0.1, 10, 2));
    }

    @Test
    void aParameterMissingFromTheRunDisagrees() {
        ReferenceAgreement a = ReferenceAgreement.of(new Summary(List.of(row("y", 10, 2, 0.1))), reference(10, 2));
        assertFalse(a.agrees());
        assertEquals(List.of("x"), a.missing());
    }
}
