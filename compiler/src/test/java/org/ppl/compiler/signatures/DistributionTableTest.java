package org.ppl.compiler.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.dist.Distribution;
import org.ppl.dist.Distributions;

/**
 * The compiler's distribution signatures and the runtime's distribution table agree: every
 * distribution the runtime registers is known to the compiler with the same parameter names, in
 * the same order, the same support and event rank; and the compiler knows every name of
 * LANGUAGE.md.
 */
class DistributionTableTest {
    @Test
    void theLanguagePageNamesAreAllKnown() {
        List<String> names = List.of("Normal", "HalfNormal", "HalfCauchy", "Cauchy", "StudentT", "Laplace", "LogNormal",
                "Exponential", "Gamma", "InverseGamma", "Beta", "Uniform", "Weibull", "MvNormal", "Dirichlet", "LKJCholeskyCorr",
                "Bernoulli", "Binomial", "Poisson", "NegativeBinomial", "Categorical", "HalfStudentT", "Flat", "HalfFlat");
        assertEquals(names.size(), DistributionSignatures.names().size());
        assertTrue(DistributionSignatures.names().containsAll(names));
    }

    @Test
    void everyRuntimeDistributionMatchesItsSignature() {
        for (String name : Distributions.names()) {
            DistributionSignature sig = DistributionSignatures.get(name);
            assertNotNull(sig, "the compiler does not know " + name);
            for (Distribution d : Distributions.variants(name)) {
                List<String> params = d.parameters().stream().map(Distribution.Parameter::name).toList();
                boolean matched = sig.variants().stream().anyMatch(v -> v.names().equals(params));
                assertTrue(matched, name + " parameters " + params + " are not a variant of " + sig.variants());
                assertEquals(sig.support(), d.support(), name);
                int rank = sig.shapeRule() == DistributionSignature.ShapeRule.CATEGORICAL ? 1 : eventRank(sig);
                assertEquals(rank, d.eventRank(), name + " event rank");
            }
        }
    }

    private static int eventRank(DistributionSignature sig) {
        switch (sig.shapeRule()) {
            case MULTIVARIATE_NORMAL:
            case SIMPLEX_VECTOR:
                return 1;
            case CORRELATION_CHOLESKY:
                return 2;
            default:
                return 0;
        }
    }
}
