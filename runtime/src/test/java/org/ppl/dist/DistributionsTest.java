package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ppl.dist.Distribution.Domain;
import org.ppl.dist.Distribution.Parameter;

/** The table: every distribution of the language, PyMC's parameter names in order, lookup by keyword. */
class DistributionsTest {
    private static List<String> names(Distribution d) {
        List<String> out = new ArrayList<>();
        for (Parameter p : d.parameters()) out.add(p.name());
        return out;
    }

    @Test
    void everyDistributionOfTheLanguageWithPyMCsParameters() {
        Object[][] expected = {
            {"Normal", List.of("mu", "sigma"), Support.REAL}, {"HalfNormal", List.of("sigma"), Support.POSITIVE},
            {"HalfCauchy", List.of("beta"), Support.POSITIVE}, {"Cauchy", List.of("alpha", "beta"), Support.REAL},
            {"StudentT", List.of("nu", "mu", "sigma"), Support.REAL}, {"Laplace", List.of("mu", "b"), Support.REAL},
            {"LogNormal", List.of("mu", "sigma"), Support.POSITIVE}, {"Exponential", List.of("lam"), Support.POSITIVE},
            {"Gamma", List.of("alpha", "beta"), Support.POSITIVE}, {"InverseGamma", List.of("alpha", "beta"), Support.POSITIVE},
            {"Beta", List.of("alpha", "beta"), Support.UNIT_INTERVAL},
            {"Uniform", List.of("lower", "upper"), Support.ARGUMENT_INTERVAL},
            {"Weibull", List.of("alpha", "beta"), Support.POSITIVE}, {"MvNormal", List.of("mu", "cov"), Support.REAL},
            {"Dirichlet", List.of("a"), Support.SIMPLEX}, {"LKJCholeskyCorr", List.of("n", "eta"), Support.CORRELATION_CHOLESKY},
            {"Bernoulli", List.of("p"), Support.BINARY}, {"Binomial", List.of("n", "p"), Support.NONNEGATIVE_INTEGER},
            {"Poisson", List.of("mu"), Support.NONNEGATIVE_INTEGER},
            {"NegativeBinomial", List.of("mu", "alpha"), Support.NONNEGATIVE_INTEGER},
            {"Categorical", List.of("p"), Support.CATEGORY}, {"HalfStudentT", List.of("nu", "sigma"), Support.POSITIVE},
            {"Flat", List.of(), Support.REAL}, {"HalfFlat", List.of(), Support.POSITIVE},
        };
        for (Object[] row : expected) {
            Distribution d = Distributions.lookup((String) row[0], Set.of());
            assertEquals(row[0], d.name());
            assertEquals(row[1], names(d), d.name());
            assertEquals(row[2], d.support(), d.name());
        }
        assertEquals(expected.length, Distributions.names().size());
    }

    @Test
    void keywordsPickTheParameterisation() {
        assertEquals(List.of("logit_p"), names(Distributions.lookup("Bernoulli", Set.of("logit_p"))));
        assertEquals(List.of("p"), names(Distributions.lookup("Bernoulli", Set.of("p"))));
        assertEquals(List.of("n", "logit_p"), names(Distributions.lookup("Binomial", Set.of("n", "logit_p"))));
        assertEquals(List.of("mu", "chol"), names(Distributions.lookup("MvNormal", Set.of("chol"))));
        assertEquals(List.of("mu", "cov"), names(Distributions.lookup("MvNormal", Set.of("mu", "cov"))));
        assertEquals(List.of("logit_p"), names(Distributions.lookup("Categorical", Set.of("logit_p"))));
        assertNull(Distributions.lookup("Normal", Set.of("tau")));
        assertNull(Distributions.lookup("Norml", Set.of()));
        assertEquals(2, Distributions.variants("MvNormal").size());
    }

    @Test
    void eventRanksAndDomains() {
        assertEquals(1, Distributions.lookup("MvNormal", Set.of()).eventRank());
        assertEquals(1, Distributions.lookup("Dirichlet", Set.of()).eventRank());
        assertEquals(2, Distributions.lookup("LKJCholeskyCorr", Set.of()).eventRank());
        assertEquals(1, Distributions.lookup("Categorical", Set.of()).eventRank());
        assertEquals(1, Distributions.lookup("Categorical", Set.of()).parameters().get(0).eventRank());
        assertEquals(2, Distributions.lookup("MvNormal", Set.of()).parameters().get(1).eventRank());
        assertEquals(0, Distributions.lookup("Normal", Set.of()).eventRank());
        Parameter n = Distributions.lookup("Binomial", Set.of()).parameters().get(0);
        assertEquals(Domain.NONNEGATIVE_INTEGER, n.domain());
        assertTrue(!n.isDifferentiable());
        assertEquals(Domain.POSITIVE, Distributions.lookup("Normal", Set.of()).parameters().get(1).domain());
    }
}
