package org.ppl.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ops.Mul;
import org.ppl.gp.cov.ExpQuad;
import org.ppl.model.ModelDefinition;
import org.ppl.model.TapeModel;

/** The GP-LVM likelihood as a model: density and gradient through the Model interface, failures as -∞. */
class GpModelTest {
    private static final int N = 20, P = 3, Q = 2;

    @Test
    void gplvmLikelihoodThroughTheModelInterface() {
        Random r = new Random(4);
        double[] y = new double[N * P];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        ModelDefinition def = b -> {
            Node x = b.parameter("X", Shape.matrix(N, Q));
            Node ls = b.parameter("ls", Shape.vector(Q));
            Node eta = b.parameter("eta", Shape.SCALAR);
            Node sigma = b.parameter("sigma", Shape.SCALAR);
            Node eta2 = b.tape().push(new Mul(eta, eta));
            Marginal gp = new Marginal(new ExpQuad(Q, ls).scaledBy(eta2));
            b.addTarget(gp.marginalLikelihood(b.tape(), x, b.tape().constant(Shape.matrix(N, P), y), sigma).logLikelihood());
        };
        TapeModel model = TapeModel.of(def);
        double[] theta = new double[N * Q + Q + 2];
        for (int i = 0; i < N * Q; i++) theta[i] = r.nextGaussian();
        theta[N * Q] = 1.2;
        theta[N * Q + 1] = 0.7;
        theta[N * Q + 2] = 1.1;
        theta[N * Q + 3] = 0.5;
        double[] grad = new double[theta.length];
        double logp = model.logDensityGradient(theta, grad);

        GplvmReferenceGradient ref = new GplvmReferenceGradient(y, N, P, Q, Jitter.DEFAULT.relative());
        double[] gx = new double[N * Q], gl = new double[Q], ge = new double[2];
        double expected = ref.logLikelihood(java.util.Arrays.copyOf(theta, N * Q), new double[] {1.2, 0.7}, 1.1, 0.5, gx, gl, ge);
        assertEquals(expected, logp, 1e-10 * Math.abs(expected));
        double[] expectedGrad = new double[theta.length];
        System.arraycopy(gx, 0, expectedGrad, 0, N * Q);
        System.arraycopy(gl, 0, expectedGrad, N * Q, Q);
        System.arraycopy(ge, 0, expectedGrad, N * Q + Q, 2);
        assertArrayEquals(expectedGrad, grad, 1e-9);

        theta[N * Q + 2] = Double.NaN;
        assertEquals(Double.NEGATIVE_INFINITY, model.logDensity(theta));
    }
}
