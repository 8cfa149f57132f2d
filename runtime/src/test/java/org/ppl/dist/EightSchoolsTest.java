package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Add;
import org.ppl.ad.ops.Mul;
import org.ppl.model.Model;
import org.ppl.model.ModelDefinition;
import org.ppl.model.TapeModel;
import org.ppl.transform.Transforms;

/**
 * The distributions inside a model: eight schools, non-centred, against its density written out,
 * and its gradient against finite differences of the model's own log density.
 */
class EightSchoolsTest {
    private static final double[] Y = {28, 8, -3, 7, -1, 1, 18, 12};
    private static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};

    private static final ModelDefinition EIGHT_SCHOOLS = b -> {
        Tape t = b.tape();
        Distribution normal = Harness.dist("Normal");
        Distribution halfCauchy = Harness.dist("HalfCauchy");
        Node mu = b.parameter("mu", Shape.SCALAR);
        Node tau = b.parameter("tau", Shape.SCALAR, Transforms.forSupport(halfCauchy.support(), t));
        Node raw = b.parameter("theta_raw", Shape.vector(8));
        b.addTarget(normal.logDensity(t, mu, t.constant(0), t.constant(5)));
        b.addTarget(halfCauchy.logDensity(t, tau, t.constant(5)));
        b.addTarget(normal.logDensity(t, raw, t.constant(0), t.constant(1)));
        Node theta = t.push(new Add(mu, t.push(new Mul(tau, raw))));
        b.save("theta", theta);
        b.addTarget(normal.logDensity(t, t.constant(Shape.vector(8), Y), theta, t.constant(Shape.vector(8), SIGMA)));
    };

    private static double normal(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return -0.5 * z * z - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI);
    }

    /** log p(mu, tau, theta_raw, y) + log tau (the Jacobian of tau = exp(u)). */
    private static double direct(double[] theta) {
        double mu = theta[0];
        double tau = Math.exp(theta[1]);
        double lp = normal(mu, 0, 5) + Math.log(2 / Math.PI) - Math.log(5) - Math.log1p(tau * tau / 25) + theta[1];
        for (int j = 0; j < 8; j++) {
            double raw = theta[2 + j];
            lp += normal(raw, 0, 1) + normal(Y[j], mu + tau * raw, SIGMA[j]);
        }
        return lp;
    }

    @Test
    void densityAndGradient() {
        Model model = TapeModel.of(EIGHT_SCHOOLS);
        assertEquals(10, model.dimension());
        Random random = new Random(8);
        double[] theta = new double[10];
        double[] grad = new double[10];
        for (int trial = 0; trial < 5; trial++) {
            for (int i = 0; i < 10; i++) theta[i] = random.nextGaussian();
            double lp = model.logDensityGradient(theta, grad);
            assertEquals(direct(theta), lp, 1e-10);
            assertEquals(direct(theta), model.logDensity(theta), 1e-10);
            for (int i = 0; i < 10; i++) {
                double h = 1e-5;
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[i] += h;
                down[i] -= h;
                double finite = (direct(up) - direct(down)) / (2 * h);
                assertEquals(finite, grad[i], 1e-6 * Math.max(1, Math.abs(finite)), "coordinate " + i);
            }
        }
    }
}
