package org.ppl.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Mul;
import org.ppl.gp.cov.ExpQuad;

/** The hand-written GP-LVM gradient and the tape operations agree: two independent derivations. */
class GplvmReferenceGradientTest {
    /** The GP-LVM likelihood on a tape: {X, ls, eta, sigma} variables. */
    static final class TapeGplvm {
        final Tape tape = new Tape();
        final Node x, ls, eta, sigma, logp;

        TapeGplvm(double[] y, int n, int p, int q) {
            x = tape.variable(Shape.matrix(n, q));
            ls = tape.variable(Shape.vector(q));
            eta = tape.variable(Shape.SCALAR);
            sigma = tape.variable(Shape.SCALAR);
            Node eta2 = tape.push(new Mul(eta, eta));
            Marginal gp = new Marginal(new ExpQuad(q, ls).scaledBy(eta2));
            logp = gp.marginalLikelihood(tape, x, tape.constant(Shape.matrix(n, p), y), sigma).logLikelihood();
        }

        double evaluate(double[] xv, double[] lsv, double etav, double sigmav) {
            System.arraycopy(xv, 0, x.value, 0, xv.length);
            System.arraycopy(lsv, 0, ls.value, 0, lsv.length);
            eta.value[0] = etav;
            sigma.value[0] = sigmav;
            tape.forward();
            tape.zeroAdjoints();
            logp.adjoint[0] = 1;
            tape.backward();
            return logp.value[0];
        }
    }

    @Test
    void referenceAgreesWithTheOperations() {
        Random r = new Random(8);
        int n = 30, p = 5, q = 2;
        double[] y = new double[n * p], x = new double[n * q];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian();
        double[] ls = {0.9, 1.6};
        double eta = 1.3, sigma = 0.4;

        GplvmReferenceGradient ref = new GplvmReferenceGradient(y, n, p, q, Jitter.DEFAULT.relative());
        double[] gx = new double[n * q], gls = new double[q], ges = new double[2];
        double logpRef = ref.logLikelihood(x, ls, eta, sigma, gx, gls, ges);

        TapeGplvm model = new TapeGplvm(y, n, p, q);
        double logp = model.evaluate(x, ls, eta, sigma);
        assertEquals(logpRef, logp, 1e-10 * Math.abs(logp));
        for (int i = 0; i < n * q; i++) assertEquals(gx[i], model.x.adjoint[i], 1e-10 * Math.max(1, Math.abs(gx[i])), "X " + i);
        for (int d = 0; d < q; d++) assertEquals(gls[d], model.ls.adjoint[d], 1e-10 * Math.max(1, Math.abs(gls[d])), "ls");
        assertEquals(ges[0], model.eta.adjoint[0], 1e-10 * Math.max(1, Math.abs(ges[0])), "eta");
        assertEquals(ges[1], model.sigma.adjoint[0], 1e-10 * Math.max(1, Math.abs(ges[1])), "sigma");
    }
}
