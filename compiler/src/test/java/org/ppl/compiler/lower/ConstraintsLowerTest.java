package org.ppl.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.ModelGradients;
import org.ppl.compiler.ModelLoader;
import org.ppl.compiler.ModelReport;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.model.Model;

/**
 * Each support gives its parameter the transform PyMC gives it: constrained values land in the
 * support (a bound that depends on another parameter included), unconstrain inverts constrain,
 * the unconstrained sizes are the transforms', and distributions, GP likelihoods and logp work as
 * values of locals too.
 */
class ConstraintsLowerTest {
    private static final String MODEL = """
            a ~ Uniform(0, 1)
            b ~ Uniform(0, 1 - a)
            p ~ Beta(2, 3)
            s ~ HalfNormal(1)
            theta ~ Dirichlet(ones(4))
            L ~ LKJCholeskyCorr(3, 2.0)
            c ~ Normal(0, 1, shape=4, transform="ordered")
            w ~ Flat(shape=2)
            """;

    private static LoadedModel load(String program, DataSet data) {
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(program, "m.ppl", data, Map.of());
        if (!r.succeeded()) throw new AssertionError(r.errors());
        return r.value();
    }

    @Test
    void valuesLandInTheirSupportsAndUnconstrainInvertsConstrain() {
        LoadedModel loaded = load(MODEL, DataSet.empty());
        Model m = loaded.newModel();
        assertEquals(1 + 1 + 1 + 1 + 3 + 3 + 4 + 2, m.dimension());
        List<String> transforms = loaded.report().parameters().stream().map(ModelReport.Parameter::constraint).toList();
        assertEquals(List.of("interval (scaled logit)", "interval (scaled logit)", "(0, 1) (logit)", "positive (log)",
                "simplex (stick-breaking)", "correlation Cholesky factor (LKJ bijector)", "ordered (first value, then log increments)", "real"),
                transforms);
        for (long seed = 1; seed <= 5; seed++) {
            double[] theta = ModelGradients.randomPoint(m, seed, 1.5);
            double[] v = new double[1 + 1 + 1 + 1 + 4 + 9 + 4 + 2];
            m.constrain(theta, v);
            double a = v[0], b = v[1], p = v[2], s = v[3];
            assertTrue(a > 0 && a < 1 && b > 0 && b < 1 - a && p > 0 && p < 1 && s > 0, java.util.Arrays.toString(v));
            assertEquals(1.0, v[4] + v[5] + v[6] + v[7], 1e-12);
            for (int i = 0; i < 3; i++) {
                double norm = 0;
                for (int j = 0; j < 3; j++) {
                    double l = v[8 + 3 * i + j];
                    if (j > i) assertEquals(0.0, l);
                    norm += l * l;
                }
                assertEquals(1.0, norm, 1e-12);
            }
            for (int k = 1; k < 4; k++) assertTrue(v[17 + k] > v[16 + k]);
            assertArrayEquals(theta, m.unconstrain(v), 1e-8);
            ModelGradients.assertGradient(m, theta, 1e-5, "constraints, seed " + seed);
        }
    }

    @Test
    void distributionsAndGpLikelihoodsAsValuesOfLocals() {
        String program = """
                data X: matrix[N, 1]
                data y: vector[N]
                mu ~ Normal(0, 1)
                s ~ HalfNormal(1)
                d = Normal(mu, 1)
                y ~ d
                f = gp.Marginal(cov_func=gp.ExpQuad(1, ls=1.0))
                ml = f.marginal_likelihood(X=X, noise=s)
                y ~ ml
                target += logp(f.marginal_likelihood(X=X, noise=s), y) + d.logp(y)
                """;
        DataSet data = DataSet.of(List.of(new DataValue("X", Shape.matrix(3, 1), new double[] {0, 1, 2}, true, null, null),
                new DataValue("y", Shape.vector(3), new double[] {0.1, -0.3, 0.2}, false, null, null)));
        LoadedModel loaded = load(program, data);
        Model m = loaded.newModel();
        assertEquals(2, loaded.compiled().instantiate().lowered().observed().size());
        ModelGradients.assertGradient(m, ModelGradients.randomPoint(m, 8, 0.5), 1e-6, "locals");
        // Twice each term: the observed ones and the target += of the same densities.
        String same = "data X: matrix[N, 1]\ndata y: vector[N]\nmu ~ Normal(0, 1)\ns ~ HalfNormal(1)\n"
                + "f = gp.Marginal(cov_func=gp.ExpQuad(1, ls=1.0))\ny ~ Normal(mu, 1)\ny ~ f.marginal_likelihood(X=X, noise=s)\n";
        Model once = load(same, data).newModel();
        double[] theta = {0.3, -0.2};
        double prior = once.logDensity(theta, true) - likelihoods(once, theta);
        assertEquals(prior + 2 * likelihoods(once, theta), m.logDensity(theta, true), 1e-10);
    }

    /** The log density minus its priors: N(mu | 0, 1), HalfNormal(s | 1) with the log Jacobian. */
    private static double likelihoods(Model m, double[] theta) {
        double mu = theta[0], s = Math.exp(theta[1]);
        double priors = -0.5 * Math.log(2 * Math.PI) - 0.5 * mu * mu + Math.log(2) - 0.5 * Math.log(2 * Math.PI) - 0.5 * s * s + theta[1];
        return m.logDensity(theta, true) - priors;
    }
}
