package org.ppl.infer.nuts;

/**
 * The generalised no-U-turn criterion (Betancourt 2017, "A conceptual introduction to
 * Hamiltonian Monte Carlo", section A.4.2): a trajectory with summed momentum rho and velocities
 * p#- and p#+ at its ends keeps going while both p#- . rho > 0 and p#+ . rho > 0.
 */
final class UTurn {
    private UTurn() {}

    /** True while the trajectory has not turned: p#- . rho > 0 and p#+ . rho > 0. */
    static boolean persists(double[] velocityMinus, double[] velocityPlus, double[] rho) {
        double minus = 0;
        double plus = 0;
        for (int i = 0; i < rho.length; i++) {
            minus += velocityMinus[i] * rho[i];
            plus += velocityPlus[i] * rho[i];
        }
        return plus > 0 && minus > 0;
    }

    /** As {@link #persists(double[], double[], double[])} with rho = rhoA + rhoB, formed on the fly. */
    static boolean persists(double[] velocityMinus, double[] velocityPlus, double[] rhoA, double[] rhoB) {
        double minus = 0;
        double plus = 0;
        for (int i = 0; i < rhoA.length; i++) {
            double r = rhoA[i] + rhoB[i];
            minus += velocityMinus[i] * r;
            plus += velocityPlus[i] * r;
        }
        return plus > 0 && minus > 0;
    }
}
