package org.ppl.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.ModelLoader;
import org.ppl.dist.Distributions;
import org.ppl.gp.Approximation;
import org.ppl.gp.Jitter;
import org.ppl.gp.MarginalApprox;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.gp.mean.Zero;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.model.Model;
import org.ppl.model.ModelBuilder;
import org.ppl.model.TapeModel;
import org.ppl.transform.LowerBound;

/**
 * The GP constructs lower to the runtime's GP objects wired as written: each sparse approximation by
 * its name with its inducing inputs, against the same model built by hand; and the whitened latent
 * prior against its formula (f = L v with L the Cholesky factor of K + jitter, v ~ Normal(0, 1)).
 */
class GpLowerTest {
    private static final int N = 6;
    private static final int M = 3;

    private static DataValue value(String name, Shape shape, double[] values) {
        return new DataValue(name, shape, values, false, null, null);
    }

    private static double[] uniform(int n, double lo, double hi, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = lo + (hi - lo) * r.nextDouble();
        return v;
    }

    private static LoadedModel load(String program, DataSet data) {
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(program, "gp.ppl", data, Map.of());
        if (!r.succeeded()) throw new AssertionError(r.errors());
        return r.value();
    }

    @Test
    void everySparseApproximationEqualsTheHandBuiltModel() {
        Random r = new Random(2);
        double[] x = uniform(N, 0, 3, r);
        double[] y = uniform(N, -1, 1, r);
        double[] xu = {0.5, 1.5, 2.5};
        DataSet data = DataSet.of(List.of(value("X", Shape.matrix(N, 1), x), value("y", Shape.vector(N), y),
                value("Xu", Shape.matrix(M, 1), xu)));
        for (String approx : List.of("VFE", "FITC", "DTC")) {
            String program = "data X: matrix[N, 1]\ndata y: vector[N]\ndata Xu: matrix[M, 1]\nls ~ Gamma(2, 1)\neta ~ HalfNormal(1)\n"
                    + "sigma ~ HalfNormal(1)\nf = gp.MarginalApprox(cov_func=eta**2 * gp.ExpQuad(1, ls=ls), approx=\"" + approx + "\")\n"
                    + "y ~ f.marginal_likelihood(X=X, Xu=Xu, noise=sigma)\n";
            Model lowered = load(program, data).newModel();
            Model hand = TapeModel.of(b -> sparse(b, x, y, xu, Approximation.named(approx)));
            for (long seed = 1; seed <= 3; seed++) {
                double[] theta = uniform(3, -1, 1, new Random(seed));
                double[] gl = new double[3];
                double[] gh = new double[3];
                assertEquals(hand.logDensityGradient(theta, gh, true), lowered.logDensityGradient(theta, gl, true), 1e-12, approx);
                for (int i = 0; i < 3; i++) assertEquals(gh[i], gl[i], 1e-10, approx + " gradient " + i);
            }
        }
    }

    private static void sparse(ModelBuilder b, double[] x, double[] y, double[] xu, Approximation approx) {
        Tape t = b.tape();
        Node ls = b.parameter("ls", Shape.SCALAR, new LowerBound(t.constant(0)));
        Node eta = b.parameter("eta", Shape.SCALAR, new LowerBound(t.constant(0)));
        Node sigma = b.parameter("sigma", Shape.SCALAR, new LowerBound(t.constant(0)));
        b.addTarget(Distributions.lookup("Gamma", Set.of()).logDensity(t, ls, t.constant(2), t.constant(1)));
        b.addTarget(Distributions.lookup("HalfNormal", Set.of()).logDensity(t, eta, t.constant(1)));
        b.addTarget(Distributions.lookup("HalfNormal", Set.of()).logDensity(t, sigma, t.constant(1)));
        Node eta2 = t.push(org.ppl.ad.ops.Builtins.binary("pow", eta, t.constant(2)));
        MarginalApprox gp = new MarginalApprox(new Zero(), new ExpQuad(1, ls).scaledBy(eta2), approx, Jitter.DEFAULT);
        b.addTarget(gp.marginalLikelihood(t, t.constant(Shape.matrix(x.length, 1), x), t.constant(Shape.matrix(xu.length, 1), xu),
                t.constant(Shape.vector(y.length), y), sigma).logLikelihood());
    }

    @Test
    void whitenedLatentPriorIsLTimesV() {
        Random r = new Random(4);
        double[] x = uniform(N, 0, 3, r);
        String program = "data X: matrix[N, 1]\ndata y: int[N]\nls ~ Gamma(2, 1)\n"
                + "latent = gp.Latent(cov_func=gp.ExpQuad(1, ls=ls))\nf ~ latent.prior(X=X)\ny ~ Bernoulli(logit_p=f)\n";
        double[] y = {0, 1, 1, 0, 1, 0};
        DataSet data = DataSet.of(List.of(value("X", Shape.matrix(N, 1), x), new DataValue("y", Shape.vector(N), y, true, null, null)));
        Model m = load(program, data).newModel();
        assertEquals(List.of("f_rotated_.1", "f_rotated_.2"), m.unconstrainedNames().subList(1, 3));
        double[] theta = uniform(1 + N, -1, 1, r);
        double ls = Math.exp(theta[0]);
        double[] v = java.util.Arrays.copyOfRange(theta, 1, 1 + N);
        double[][] k = new double[N][N];
        for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) k[i][j] = Math.exp(-0.5 * (x[i] - x[j]) * (x[i] - x[j]) / (ls * ls));
        for (int i = 0; i < N; i++) k[i][i] += 1e-6;
        RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(k), 1e-14, 1e-14).getL();
        double[] f = l.operate(v);
        double lp = Math.log(ls) - ls + theta[0]; // Gamma(2, 1) at ls, and the log Jacobian of ls = exp(theta[0])
        for (int i = 0; i < N; i++) {
            lp += -0.5 * Math.log(2 * Math.PI) - 0.5 * v[i] * v[i];
            lp += y[i] * f[i] - Math.log1p(Math.exp(f[i]));
        }
        assertEquals(lp, m.logDensity(theta, true), 1e-10);
        double[] out = new double[1 + N + N];
        m.constrain(theta, out);
        for (int i = 0; i < N; i++) assertEquals(f[i], out[1 + N + i], 1e-12, "saved f[" + i + "]");
    }
}
