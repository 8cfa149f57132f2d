package org.ppl.gp.cov;

import org.ppl.ad.Node;

/**
 * PyMC's exponential kernel: k = exp(-r/2) (note the 1/2, as in PyMC). It is not differentiable
 * where two points coincide; there the pull-back is taken as 0 (the diagonal of K(X, X) does not
 * move with X at all).
 */
public final class Exponential extends Stationary {
    private static final RadialProfile PROFILE = new RadialProfile() {
        @Override
        public double value(double r2, double[] p) {
            return Math.exp(-0.5 * Math.sqrt(r2));
        }

        // dk/dr² = dk/dr / (2r) = -k / (4r).
        @Override
        public double slope(double r2, double k, double[] p) {
            return r2 > 0 ? -0.25 * k / Math.sqrt(r2) : 0.0;
        }
    };

    public Exponential(int inputDim, Node ls) {
        this(inputDim, ls, null);
    }

    public Exponential(int inputDim, Node ls, int[] activeDims) {
        super("Exponential", inputDim, ls, activeDims);
    }

    @Override
    RadialProfile profile() {
        return PROFILE;
    }
}
