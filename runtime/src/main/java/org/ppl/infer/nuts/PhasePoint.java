package org.ppl.infer.nuts;

import org.ppl.ad.NumericFailure;
import org.ppl.model.Model;

/**
 * A point in phase space: position q, momentum p, the log density and its gradient at q, and the
 * velocity M^{-1} p with the kinetic energy p^T M^{-1} p / 2. The arrays are allocated once and
 * overwritten, so trajectories allocate nothing.
 */
public final class PhasePoint {
    public final double[] q;
    public final double[] p;
    public final double[] grad;
    public final double[] velocity;
    public double logDensity;
    public double kinetic;

    public PhasePoint(int dimension) {
        q = new double[dimension];
        p = new double[dimension];
        grad = new double[dimension];
        velocity = new double[dimension];
    }

    public int dimension() {
        return q.length;
    }

    /** H = -log density + kinetic energy; +infinity after a numeric failure. */
    public double hamiltonian() {
        return -logDensity + kinetic;
    }

    public void copyFrom(PhasePoint other) {
        System.arraycopy(other.q, 0, q, 0, q.length);
        System.arraycopy(other.p, 0, p, 0, p.length);
        System.arraycopy(other.grad, 0, grad, 0, grad.length);
        System.arraycopy(other.velocity, 0, velocity, 0, velocity.length);
        logDensity = other.logDensity;
        kinetic = other.kinetic;
    }

    /**
     * Evaluates the log density and gradient at q. A numeric failure, a non-finite log density or
     * a non-finite gradient element leaves the log density at negative infinity, so the energy is
     * infinite and a trajectory reaching here ends as a divergence.
     */
    public boolean evaluate(Model model) {
        double lp;
        try {
            lp = model.logDensityGradient(q, grad);
        } catch (NumericFailure e) {
            lp = Double.NEGATIVE_INFINITY;
        }
        if (Double.isFinite(lp)) {
            for (double g : grad) {
                if (!Double.isFinite(g)) {
                    lp = Double.NEGATIVE_INFINITY;
                    break;
                }
            }
        }
        if (!Double.isFinite(lp)) {
            logDensity = Double.NEGATIVE_INFINITY;
            return false;
        }
        logDensity = lp;
        return true;
    }

    /** Recomputes the velocity and kinetic energy from the momentum. */
    public void updateKinetic(Metric metric) {
        kinetic = metric.velocity(p, velocity);
    }
}
