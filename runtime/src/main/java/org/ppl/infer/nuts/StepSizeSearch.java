package org.ppl.infer.nuts;

import org.ppl.infer.DensityPoint;
import org.ppl.infer.RandomStream;
import org.ppl.infer.SamplingFailure;

/**
 * Stan's initial step-size heuristic ({@code base_hmc::init_stepsize}): from the current point,
 * with a fresh momentum each time, take one leapfrog step; double the step size while the
 * acceptance probability exp(H0 - H) of that step stays above 0.8, or halve it while it stays
 * below, and stop at the first crossing.
 */
public final class StepSizeSearch {
    private static final double LOG_TARGET = Math.log(0.8);
    private static final double MAX_STEP_SIZE = 1e7;

    private StepSizeSearch() {}

    /** A step size near the 0.8 one-step acceptance crossing, starting from {@code stepSize}. */
    public static double find(NutsKernel kernel, RandomStream rng, DensityPoint state, double stepSize, Metric metric) {
        // Stan skips the search for extreme starting values, which would loop for ever.
        if (stepSize == 0 || stepSize > MAX_STEP_SIZE || Double.isNaN(stepSize)) return stepSize;
        PhasePoint z = new PhasePoint(state.dimension());
        double epsilon = stepSize;
        int direction = energyChange(kernel, rng, state, epsilon, metric, z) > LOG_TARGET ? 1 : -1;
        while (true) {
            double deltaH = energyChange(kernel, rng, state, epsilon, metric, z);
            if (direction == 1 && !(deltaH > LOG_TARGET)) break;
            if (direction == -1 && !(deltaH < LOG_TARGET)) break;
            epsilon = direction == 1 ? 2.0 * epsilon : 0.5 * epsilon;
            if (epsilon > MAX_STEP_SIZE) {
                throw new SamplingFailure("The posterior is improper: the step size grew past " + MAX_STEP_SIZE
                        + " without the energy changing. Please check the model.");
            }
            if (epsilon == 0) {
                throw new SamplingFailure("No acceptably small step size could be found."
                        + " Perhaps the posterior is not continuous?");
            }
        }
        return epsilon;
    }

    /** H0 - H after one step from {@code state} with a fresh momentum; NaN counts as -infinity. */
    private static double energyChange(NutsKernel kernel, RandomStream rng, DensityPoint state, double epsilon,
            Metric metric, PhasePoint z) {
        System.arraycopy(state.position(), 0, z.q, 0, z.q.length);
        System.arraycopy(state.gradient(), 0, z.grad, 0, z.grad.length);
        z.logDensity = state.logDensity();
        metric.sampleMomentum(rng, z.p);
        z.updateKinetic(metric);
        double h0 = z.hamiltonian();
        kernel.integrator().step(kernel.model(), metric, z, epsilon);
        double h = z.hamiltonian();
        if (Double.isNaN(h)) h = Double.POSITIVE_INFINITY;
        return h0 - h;
    }
}
