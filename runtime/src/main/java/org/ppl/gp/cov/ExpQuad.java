package org.ppl.gp.cov;

import org.ppl.ad.Node;

/** The exponentiated quadratic (squared exponential, RBF) kernel: k = exp(-r²/2). */
public final class ExpQuad extends Stationary {
    private static final RadialProfile PROFILE = new RadialProfile() {
        @Override
        public double value(double r2, double[] p) {
            return Math.exp(-0.5 * r2);
        }

        @Override
        public double slope(double r2, double k, double[] p) {
            return -0.5 * k;
        }
    };

    public ExpQuad(int inputDim, Node ls) {
        this(inputDim, ls, null);
    }

    public ExpQuad(int inputDim, Node ls, int[] activeDims) {
        super("ExpQuad", inputDim, ls, activeDims);
    }

    @Override
    RadialProfile profile() {
        return PROFILE;
    }
}
