package org.ppl.infer.nuts;

import java.util.Arrays;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

/**
 * Builds a subtree of 2^depth leapfrog steps from the current end of a trajectory, as Stan's
 * {@code base_nuts::build_tree} does: recursively, an initial and a final half, each merged with
 * uniform multinomial sampling, and the no-U-turn criterion checked over the merged subtree and
 * across its two halves (each half extended by the nearest momentum of the other), so that a
 * U-turn between neighbouring halves is not missed. A step whose energy error exceeds the limit
 * (or whose log density failed) marks the transition divergent and ends the subtree.
 *
 * <p>All scratch is allocated once, one set per recursion level; building allocates nothing.
 */
final class SubtreeBuilder {
    private final Model model;
    private final Integrator integrator;
    private final double maxEnergyError;
    private final Level[] levels;
    /** The point being integrated: the moving end of the trajectory. */
    final PhasePoint current;

    private Metric metric;
    private RandomStream rng;
    private double stepSize;
    private double initialEnergy;

    /** Log of the summed weights exp(H0 - H) of the subtree last built. */
    double lastLogWeight;
    int leapfrogSteps;
    double sumAcceptProb;
    boolean divergent;

    /** Scratch of one recursion level. */
    private static final class Level {
        final double[] pInitEnd;
        final double[] velocityInitEnd;
        final double[] pFinalBegin;
        final double[] velocityFinalBegin;
        final double[] rhoInit;
        final double[] rhoFinal;
        final PhasePoint proposeFinal;

        Level(int n) {
            pInitEnd = new double[n];
            velocityInitEnd = new double[n];
            pFinalBegin = new double[n];
            velocityFinalBegin = new double[n];
            rhoInit = new double[n];
            rhoFinal = new double[n];
            proposeFinal = new PhasePoint(n);
        }
    }

    SubtreeBuilder(Model model, Integrator integrator, int maxDepth, double maxEnergyError) {
        this.model = model;
        this.integrator = integrator;
        this.maxEnergyError = maxEnergyError;
        int n = model.dimension();
        this.current = new PhasePoint(n);
        this.levels = new Level[Math.max(1, maxDepth)];
        for (int d = 1; d < levels.length; d++) levels[d] = new Level(n);
    }

    /** Starts a transition: resets the counters. */
    void begin(RandomStream rng, Metric metric, double stepSize, double initialEnergy) {
        this.rng = rng;
        this.metric = metric;
        this.stepSize = stepSize;
        this.initialEnergy = initialEnergy;
        leapfrogSteps = 0;
        sumAcceptProb = 0;
        divergent = false;
    }

    /**
     * Builds a subtree of depth {@code depth} from {@link #current} in direction {@code sign},
     * leaving {@code current} at its far end. Outputs: its proposal, the velocities and momenta at
     * its beginning and end, its summed momentum added into {@code rho}, and its log weight in
     * {@link #lastLogWeight}. Returns false if it diverged or turned (then the outputs are
     * incomplete and the caller stops).
     */
    boolean build(int depth, PhasePoint propose, double[] velocityBegin, double[] velocityEnd, double[] rho,
            double[] pBegin, double[] pEnd, double sign) {
        if (depth == 0) return leaf(propose, velocityBegin, velocityEnd, rho, pBegin, pEnd, sign);
        Level s = levels[depth];

        Arrays.fill(s.rhoInit, 0.0);
        if (!build(depth - 1, propose, velocityBegin, s.velocityInitEnd, s.rhoInit, pBegin, s.pInitEnd, sign)) {
            return false;
        }
        double logWeightInit = lastLogWeight;

        Arrays.fill(s.rhoFinal, 0.0);
        if (!build(depth - 1, s.proposeFinal, s.velocityFinalBegin, velocityEnd, s.rhoFinal, s.pFinalBegin, pEnd,
                sign)) {
            return false;
        }
        double logWeightFinal = lastLogWeight;

        double logWeightSubtree = MultinomialSampling.logSumExp(logWeightInit, logWeightFinal);
        if (MultinomialSampling.takeSecond(rng, logWeightFinal, logWeightSubtree)) propose.copyFrom(s.proposeFinal);
        lastLogWeight = logWeightSubtree;

        for (int i = 0; i < rho.length; i++) rho[i] += s.rhoInit[i] + s.rhoFinal[i];

        // Around the merged subtree, then between its halves.
        boolean persists = UTurn.persists(velocityBegin, velocityEnd, s.rhoInit, s.rhoFinal);
        persists &= UTurn.persists(velocityBegin, s.velocityFinalBegin, s.rhoInit, s.pFinalBegin);
        persists &= UTurn.persists(s.velocityInitEnd, velocityEnd, s.rhoFinal, s.pInitEnd);
        return persists;
    }

    private boolean leaf(PhasePoint propose, double[] velocityBegin, double[] velocityEnd, double[] rho,
            double[] pBegin, double[] pEnd, double sign) {
        integrator.step(model, metric, current, sign * stepSize);
        leapfrogSteps++;

        double h = current.hamiltonian();
        if (Double.isNaN(h)) h = Double.POSITIVE_INFINITY;
        if (h - initialEnergy > maxEnergyError) divergent = true;

        double logWeight = initialEnergy - h;
        lastLogWeight = logWeight;
        sumAcceptProb += logWeight > 0 ? 1.0 : Math.exp(logWeight);

        propose.copyFrom(current);
        System.arraycopy(current.velocity, 0, velocityBegin, 0, velocityBegin.length);
        System.arraycopy(current.velocity, 0, velocityEnd, 0, velocityEnd.length);
        for (int i = 0; i < rho.length; i++) rho[i] += current.p[i];
        System.arraycopy(current.p, 0, pBegin, 0, pBegin.length);
        System.arraycopy(current.p, 0, pEnd, 0, pEnd.length);
        return !divergent;
    }
}
