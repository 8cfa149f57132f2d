package org.ppl.infer.optimize;

import org.apache.commons.math3.special.Gamma;
import org.ppl.infer.vi.HandWrittenModel;

/**
 * sigma ~ gamma(a, b) (rate b), sigma > 0 through sigma = exp(u). Without the Jacobian the mode
 * is that of the gamma density, (a − 1)/b; with the Jacobian log sigma the density of u is
 * ∝ exp(a u − b e^u), with mode u = log(a/b) and second derivative −a there.
 */
public final class GammaScaleModel extends HandWrittenModel {
    private final double a;
    private final double b;

    public GammaScaleModel(double a, double b) {
        super(1);
        this.a = a;
        this.b = b;
    }

    @Override
    public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
        double u = theta[0];
        double sigma = Math.exp(u);
        double lp = a * Math.log(b) - Gamma.logGamma(a) + (a - 1) * u - b * sigma;
        // d/du of (a-1) log sigma - b sigma
        grad[0] = (a - 1) - b * sigma;
        if (jacobian) {
            lp += u;
            grad[0] += 1;
        }
        return lp;
    }

    @Override
    public void constrain(double[] theta, double[] out) {
        out[0] = Math.exp(theta[0]);
    }

    @Override
    public double[] unconstrain(double[] values) {
        if (!(values[0] > 0)) throw new IllegalArgumentException("theta: " + values[0] + " is not positive");
        return new double[] {Math.log(values[0])};
    }
}
