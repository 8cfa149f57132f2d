package org.ppl.infer.nuts;

import java.util.ArrayList;
import java.util.List;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainProgress;
import org.ppl.infer.ChainResult;
import org.ppl.infer.ChainTask;
import org.ppl.infer.DensityPoint;
import org.ppl.infer.Initialisation;
import org.ppl.infer.ProgressListener;
import org.ppl.infer.RandomStream;
import org.ppl.infer.Tuning;
import org.ppl.model.Model;

/**
 * One NUTS chain: initialise, warm up (adapting step size and metric), then draw. Each draw is a
 * row of Stan's sampler columns followed by the model's constrained values. Cancellation is
 * checked between iterations; an interrupted chain returns the draws it has.
 */
public final class NutsChain implements ChainTask {
    /** CmdStan's sampler columns, in its order. */
    public static final List<String> SAMPLER_COLUMNS = List.of("lp__", "accept_stat__", "stepsize__", "treedepth__",
            "n_leapfrog__", "divergent__", "energy__");

    private final NutsSettings settings;
    private final Integrator integrator;

    public NutsChain(NutsSettings settings) {
        this(settings, Leapfrog.INSTANCE);
    }

    /** With another integrator (tests use deliberately wrong ones). */
    public NutsChain(NutsSettings settings, Integrator integrator) {
        this.settings = settings;
        this.integrator = integrator;
    }

    /** The column names of the draws of {@code model}. */
    public static List<String> columns(Model model) {
        List<String> columns = new ArrayList<>(SAMPLER_COLUMNS);
        columns.addAll(model.constrainedNames());
        return columns;
    }

    @Override
    public ChainResult run(int chain, Model model, RandomStream rng, CancellationFlag cancel,
            ProgressListener listener) {
        long start = System.nanoTime();
        Progress progress = new Progress(chain, settings.warmup() + settings.draws(), start, listener);
        DensityPoint init = settings.initialValues() != null
                ? Initialisation.fromValues(model, settings.initialValues())
                : Initialisation.random(model, rng, settings.initRadius());
        NutsKernel kernel = new NutsKernel(model, integrator, settings.maxDepth(), NutsKernel.DEFAULT_MAX_ENERGY_ERROR);
        Metric metric = settings.initialInverseMetric() != null
                ? Metric.of(settings.metric(), settings.initialInverseMetric())
                : Metric.unit(settings.metric(), model.dimension());
        Warmed warmed = warmup(kernel, rng, init, metric, cancel, progress);
        double warmupSeconds = (System.nanoTime() - start) * 1e-9;

        long samplingStart = System.nanoTime();
        boolean interrupted = warmed.interrupted();
        DensityPoint state = warmed.state();
        List<double[]> rows = new ArrayList<>(interrupted ? 0 : settings.draws());
        double[] constrained = new double[model.constrainedSize()];
        for (int i = 0; i < settings.draws() && !interrupted; i++) {
            if (cancel.isCancelled()) {
                interrupted = true;
                break;
            }
            Transition t = kernel.step(rng, state, warmed.stepSize(), warmed.metric());
            state = t.state();
            rows.add(row(model, t, constrained));
            progress.report(ChainProgress.Phase.SAMPLING, t.info());
        }
        double samplingSeconds = (System.nanoTime() - samplingStart) * 1e-9;
        listener.onChainFinished(chain, interrupted);
        Tuning tuning = new Tuning(warmed.stepSize(), warmed.metric().kind(), warmed.metric().inverseMetric());
        return new ChainResult(chain, columns(model), rows.toArray(new double[0][]), tuning, warmupSeconds,
                samplingSeconds, settings.draws(), interrupted);
    }

    /** Where warmup left the chain, with what it settled on. */
    private record Warmed(DensityPoint state, double stepSize, Metric metric, boolean interrupted) {}

    /** The warmup iterations, adapting step size and metric; none (and no adaptation) for warmup 0. */
    private Warmed warmup(NutsKernel kernel, RandomStream rng, DensityPoint start, Metric metric,
            CancellationFlag cancel, Progress progress) {
        if (settings.warmup() == 0) return new Warmed(start, settings.stepSize(), metric, false);
        WarmupAdaptation adaptation = new WarmupAdaptation(settings.adaptation(), settings.warmup(), metric);
        WarmupAdaptation.Parameters tuned = adaptation.init(kernel, rng, start, settings.stepSize());
        DensityPoint state = start;
        for (int i = 0; i < settings.warmup(); i++) {
            if (cancel.isCancelled()) {
                tuned = adaptation.finish();
                return new Warmed(state, tuned.stepSize(), tuned.metric(), true);
            }
            Transition t = kernel.step(rng, state, tuned.stepSize(), tuned.metric());
            state = t.state();
            tuned = adaptation.update(kernel, rng, i, t);
            progress.report(ChainProgress.Phase.WARMUP, t.info());
        }
        tuned = adaptation.finish();
        return new Warmed(state, tuned.stepSize(), tuned.metric(), false);
    }

    private static double[] row(Model model, Transition t, double[] constrained) {
        NutsInfo info = t.info();
        model.constrain(t.state().position(), constrained);
        double[] row = new double[SAMPLER_COLUMNS.size() + constrained.length];
        row[0] = t.state().logDensity();
        row[1] = info.acceptStat();
        row[2] = info.stepSize();
        row[3] = info.treeDepth();
        row[4] = info.leapfrogSteps();
        row[5] = info.divergent() ? 1 : 0;
        row[6] = info.energy();
        System.arraycopy(constrained, 0, row, SAMPLER_COLUMNS.size(), constrained.length);
        return row;
    }

    /** Counts iterations and divergences and tells the listener. */
    private static final class Progress {
        private final int chain;
        private final int total;
        private final long start;
        private final ProgressListener listener;
        private int iteration;
        private int divergences;

        Progress(int chain, int total, long start, ProgressListener listener) {
            this.chain = chain;
            this.total = total;
            this.start = start;
            this.listener = listener;
        }

        void report(ChainProgress.Phase phase, NutsInfo info) {
            iteration++;
            if (info.divergent()) divergences++;
            listener.onIteration(new ChainProgress(chain, iteration, total, phase, divergences,
                    (System.nanoTime() - start) * 1e-9));
        }
    }
}
