package org.ppl.gp.cov;

import org.ppl.ad.Node;

/** The Matérn kernel with ν = 5/2: k = (1 + √5 r + 5r²/3) exp(-√5 r). */
public final class Matern52 extends Stationary {
    private static final double ROOT5 = Math.sqrt(5.0);

    private static final RadialProfile PROFILE = new RadialProfile() {
        @Override
        public double value(double r2, double[] p) {
            double r = Math.sqrt(r2);
            return (1 + ROOT5 * r + 5.0 / 3.0 * r2) * Math.exp(-ROOT5 * r);
        }

        // dk/dr = -(5/3) r (1 + √5 r) e^{-√5 r}, so dk/dr² = -(5/6)(1 + √5 r) e^{-√5 r}: finite at 0.
        @Override
        public double slope(double r2, double k, double[] p) {
            double r = Math.sqrt(r2);
            return -5.0 / 6.0 * (1 + ROOT5 * r) * Math.exp(-ROOT5 * r);
        }
    };

    public Matern52(int inputDim, Node ls) {
        this(inputDim, ls, null);
    }

    public Matern52(int inputDim, Node ls, int[] activeDims) {
        super("Matern52", inputDim, ls, activeDims);
    }

    @Override
    RadialProfile profile() {
        return PROFILE;
    }
}
