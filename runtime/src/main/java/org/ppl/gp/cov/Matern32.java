package org.ppl.gp.cov;

import org.ppl.ad.Node;

/** The Matérn kernel with ν = 3/2: k = (1 + √3 r) exp(-√3 r). */
public final class Matern32 extends Stationary {
    private static final double ROOT3 = Math.sqrt(3.0);

    private static final RadialProfile PROFILE = new RadialProfile() {
        @Override
        public double value(double r2, double[] p) {
            double r = Math.sqrt(r2);
            return (1 + ROOT3 * r) * Math.exp(-ROOT3 * r);
        }

        // dk/dr = -3 r e^{-√3 r}, so dk/dr² = -(3/2) e^{-√3 r}: finite at 0.
        @Override
        public double slope(double r2, double k, double[] p) {
            return -1.5 * Math.exp(-ROOT3 * Math.sqrt(r2));
        }
    };

    public Matern32(int inputDim, Node ls) {
        this(inputDim, ls, null);
    }

    public Matern32(int inputDim, Node ls, int[] activeDims) {
        super("Matern32", inputDim, ls, activeDims);
    }

    @Override
    RadialProfile profile() {
        return PROFILE;
    }
}
