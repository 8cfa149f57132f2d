package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;

/**
 * PyMC's periodic kernel: k = exp(-½ Σ_q sin²(π |x_q - x'_q| / T) / ℓ_q²). As in PyMC the ½ is in the
 * exponent (the kernel cookbook has 2; halve ℓ to convert). The period T is a scalar or one per
 * active dimension.
 */
public final class Periodic extends Stationary {
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

    private final Node periodNode;

    public Periodic(int inputDim, Node period, Node ls) {
        this(inputDim, period, ls, null);
    }

    public Periodic(int inputDim, Node period, Node ls, int[] activeDims) {
        super("Periodic", inputDim, ls, activeDims);
        this.periodNode = Objects.requireNonNull(period, "Periodic: period");
        checkPerDimension("period", period);
    }

    @Override
    RadialProfile profile() {
        return PROFILE;
    }

    @Override
    Node period() {
        return periodNode;
    }
}
