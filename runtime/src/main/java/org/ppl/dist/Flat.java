package org.ppl.dist;

import java.util.random.RandomGenerator;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;

/**
 * PyMC's improper Flat() and HalfFlat(): log density 0 on the support (every real; x >= 0), -inf
 * outside. They have no draws.
 */
final class Flat extends ScalarDistribution {
    private final boolean half;

    private Flat(String name, Support support, boolean half) {
        super(name, support);
        this.half = half;
    }

    static Flat flat() {
        return new Flat("Flat", Support.REAL, false);
    }

    static Flat halfFlat() {
        return new Flat("HalfFlat", Support.POSITIVE, true);
    }

    @Override
    ElementwiseLogDensity newLogDensity(Node value, Node[] params) {
        return new LogDensity(this, value, half);
    }

    /** Refused whatever the shape, even an empty one, so a prior predictive run fails early. */
    @Override
    public void sample(RandomGenerator rng, double[][] args, Shape[] argShapes, Shape shape, double[] out) {
        throw noDraws();
    }

    @Override
    double draw(RandomGenerator rng, double[] p) {
        throw noDraws();
    }

    private IllegalArgumentException noDraws() {
        return new IllegalArgumentException(name() + " is improper (its density does not integrate to one), so it has"
                + " no draws; give the variable a proper prior to sample from the prior");
    }

    private static final class LogDensity extends ElementwiseLogDensity {
        private final boolean half;

        LogDensity(Flat d, Node value, boolean half) {
            super(d, value, new Node[0]);
            this.half = half;
        }

        @Override
        double evaluate() {
            double[] x = args[0].value;
            for (double v : x) {
                if (half ? !(v >= 0) : v != v) return NEGATIVE_INFINITY;
            }
            return 0.0;
        }
    }
}
