package org.ppl.infer.nuts;

import org.ppl.infer.DensityPoint;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

/**
 * One NUTS transition as Stan's {@code base_nuts::transition}: draw a momentum, then double the
 * trajectory in a random direction until it turns, diverges or reaches the maximum depth; each
 * new subtree's proposal replaces the current sample with the biased progressive probability
 * min(1, w_new / w_old). The no-U-turn criterion is checked over the whole trajectory and, as in
 * Stan 2.26 on, across the old trajectory and the new subtree each extended by the nearest
 * momentum of the other.
 *
 * <p>A kernel owns its scratch (sized for the model) and is used by one thread. Step size and
 * metric are arguments, so adaptation stays outside.
 */
public final class NutsKernel {
    public static final int DEFAULT_MAX_DEPTH = 10;
    /** Stan's threshold on H - H0 for calling a transition divergent. */
    public static final double DEFAULT_MAX_ENERGY_ERROR = 1000.0;

    private final Model model;
    private final Integrator integrator;
    private final int maxDepth;
    private final SubtreeBuilder builder;
    private final Ends forward;
    private final Ends backward;
    private final PhasePoint sample;
    private final PhasePoint propose;
    private final double[] rho;

    /** Momenta and velocities at the two ends of one side (forward or backward) of the trajectory. */
    private static final class Ends {
        final PhasePoint tip;
        final double[] pOuter;
        final double[] velocityOuter;
        final double[] pInner;
        final double[] velocityInner;
        final double[] rho;

        Ends(int n) {
            tip = new PhasePoint(n);
            pOuter = new double[n];
            velocityOuter = new double[n];
            pInner = new double[n];
            velocityInner = new double[n];
            rho = new double[n];
        }

        void reset(PhasePoint z) {
            tip.copyFrom(z);
            System.arraycopy(z.p, 0, pOuter, 0, pOuter.length);
            System.arraycopy(z.p, 0, pInner, 0, pInner.length);
            System.arraycopy(z.velocity, 0, velocityOuter, 0, velocityOuter.length);
            System.arraycopy(z.velocity, 0, velocityInner, 0, velocityInner.length);
        }
    }

    public NutsKernel(Model model) {
        this(model, Leapfrog.INSTANCE, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ENERGY_ERROR);
    }

    public NutsKernel(Model model, Integrator integrator, int maxDepth, double maxEnergyError) {
        if (maxDepth < 1) throw new IllegalArgumentException("max tree depth must be >= 1, not " + maxDepth);
        this.model = model;
        this.integrator = integrator;
        this.maxDepth = maxDepth;
        int n = model.dimension();
        this.builder = new SubtreeBuilder(model, integrator, maxDepth, maxEnergyError);
        this.forward = new Ends(n);
        this.backward = new Ends(n);
        this.sample = new PhasePoint(n);
        this.propose = new PhasePoint(n);
        this.rho = new double[n];
    }

    public Model model() {
        return model;
    }

    public Integrator integrator() {
        return integrator;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /** One transition from {@code state}; draws from {@code rng}. */
    public Transition step(RandomStream rng, DensityPoint state, double stepSize, Metric metric) {
        PhasePoint z = builder.current;
        load(state, z);
        metric.sampleMomentum(rng, z.p);
        z.updateKinetic(metric);
        double h0 = z.hamiltonian();

        forward.reset(z);
        backward.reset(z);
        sample.copyFrom(z);
        propose.copyFrom(z);
        System.arraycopy(z.p, 0, rho, 0, rho.length);
        double logWeight = 0; // log(exp(H0 - H0))
        builder.begin(rng, metric, stepSize, h0);

        int depth = 0;
        while (depth < maxDepth) {
            boolean valid = extend(rng.nextDouble() > 0.5, depth);
            if (!valid) break;
            depth++;
            double logWeightSubtree = builder.lastLogWeight;
            if (MultinomialSampling.takeNew(rng, logWeightSubtree, logWeight)) sample.copyFrom(propose);
            logWeight = MultinomialSampling.logSumExp(logWeight, logWeightSubtree);
            if (!persists()) break;
        }
        double acceptStat = builder.sumAcceptProb / builder.leapfrogSteps;
        NutsInfo info = new NutsInfo(acceptStat, stepSize, depth, builder.leapfrogSteps, builder.divergent,
                sample.hamiltonian());
        DensityPoint next = new DensityPoint(sample.q.clone(), sample.logDensity, sample.grad.clone());
        return new Transition(next, info);
    }

    /**
     * Doubles the trajectory forwards or backwards. The old trajectory becomes the other side:
     * its summed momentum and its inner end are those of the whole old trajectory.
     */
    private boolean extend(boolean forwards, int depth) {
        Ends grow = forwards ? forward : backward;
        Ends old = forwards ? backward : forward;
        System.arraycopy(rho, 0, old.rho, 0, rho.length);
        System.arraycopy(grow.pOuter, 0, old.pInner, 0, rho.length);
        System.arraycopy(grow.velocityOuter, 0, old.velocityInner, 0, rho.length);
        java.util.Arrays.fill(grow.rho, 0.0);
        builder.current.copyFrom(grow.tip);
        boolean valid = builder.build(depth, propose, grow.velocityInner, grow.velocityOuter, grow.rho, grow.pInner,
                grow.pOuter, forwards ? 1.0 : -1.0);
        grow.tip.copyFrom(builder.current);
        return valid;
    }

    /** The no-U-turn criterion over the merged trajectory and across its two sides. */
    private boolean persists() {
        for (int i = 0; i < rho.length; i++) rho[i] = backward.rho[i] + forward.rho[i];
        boolean persists = UTurn.persists(backward.velocityOuter, forward.velocityOuter, rho);
        persists &= UTurn.persists(backward.velocityOuter, forward.velocityInner, backward.rho, forward.pInner);
        persists &= UTurn.persists(backward.velocityInner, forward.velocityOuter, forward.rho, backward.pInner);
        return persists;
    }

    private static void load(DensityPoint state, PhasePoint z) {
        System.arraycopy(state.position(), 0, z.q, 0, z.q.length);
        System.arraycopy(state.gradient(), 0, z.grad, 0, z.grad.length);
        z.logDensity = state.logDensity();
    }
}
