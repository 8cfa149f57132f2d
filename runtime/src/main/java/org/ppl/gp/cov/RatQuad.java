package org.ppl.gp.cov;

import java.util.Objects;
import org.ppl.ad.Node;

/** The rational quadratic kernel: k = (1 + r² / (2α))^(-α). */
public final class RatQuad extends Stationary {
    private static final RadialProfile PROFILE = new RadialProfile() {
        @Override
        public double value(double r2, double[] p) {
            double alpha = p[0];
            return Math.pow(1 + 0.5 * r2 / alpha, -alpha);
        }

        @Override
        public double slope(double r2, double k, double[] p) {
            return -0.5 * k / (1 + 0.5 * r2 / p[0]);
        }

        // log k = -α log(1 + u) with u = r²/(2α): d log k / dα = -log(1 + u) + u / (1 + u).
        @Override
        public double parameterDerivative(int index, double r2, double k, double[] p) {
            if (index != 0) throw new IndexOutOfBoundsException("RatQuad has one parameter, not " + (index + 1));
            double u = 0.5 * r2 / p[0];
            return k * (u / (1 + u) - Math.log1p(u));
        }
    };

    private final Node alpha;

    public RatQuad(int inputDim, Node alpha, Node ls) {
        this(inputDim, alpha, ls, null);
    }

    public RatQuad(int inputDim, Node alpha, Node ls, int[] activeDims) {
        super("RatQuad", inputDim, ls, activeDims);
        this.alpha = Objects.requireNonNull(alpha, "RatQuad: alpha");
        checkScalar("alpha", alpha);
    }

    @Override
    RadialProfile profile() {
        return PROFILE;
    }

    @Override
    Node[] profileParameters() {
        return new Node[] {alpha};
    }
}
