package org.ppl.infer.nuts;

import org.ppl.infer.DensityPoint;
import org.ppl.infer.RandomStream;

/**
 * Stan's warmup for NUTS ({@code adapt_diag_e_nuts} / {@code adapt_dense_e_nuts} with
 * {@code run_adaptive_sampler}), kept apart from the kernel as an {@code init / update / finish}
 * object. It starts with the step-size search and dual averaging shrunk towards log(10 ε0) for
 * the user's ε0; after every warmup transition dual averaging learns from the acceptance
 * statistic; at the end of each metric window the metric is replaced by the window's estimate,
 * the step size is searched again from the current one, and dual averaging restarts towards
 * log(10 ε). At the end the step size is exp(x̄).
 */
public final class WarmupAdaptation {
    private final DualAveraging dualAveraging;
    private final MetricAdaptation metricAdaptation;
    private double stepSize;
    private double searchedStepSize;
    private Metric metric;

    /** The step size and metric to use for the next transition. */
    public record Parameters(double stepSize, Metric metric) {}

    public WarmupAdaptation(AdaptationSettings settings, int warmup, Metric initialMetric) {
        this.dualAveraging = settings.dualAveraging();
        this.metricAdaptation = new MetricAdaptation(settings.schedule(warmup), initialMetric.kind(),
                initialMetric.dimension());
        this.metric = initialMetric;
    }

    /** Searches the first step size from {@code initialStepSize} at the starting point. */
    public Parameters init(NutsKernel kernel, RandomStream rng, DensityPoint start, double initialStepSize) {
        dualAveraging.setMu(Math.log(10 * initialStepSize));
        dualAveraging.restart();
        stepSize = StepSizeSearch.find(kernel, rng, start, initialStepSize, metric);
        searchedStepSize = stepSize;
        return new Parameters(stepSize, metric);
    }

    /** Learns from warmup iteration {@code iteration} (0-based) and its transition. */
    public Parameters update(NutsKernel kernel, RandomStream rng, int iteration, Transition transition) {
        stepSize = dualAveraging.learn(transition.info().acceptStat());
        Metric estimated = metricAdaptation.observe(iteration, transition.state().position());
        if (estimated != null) {
            metric = estimated;
            stepSize = StepSizeSearch.find(kernel, rng, transition.state(), stepSize, metric);
            searchedStepSize = stepSize;
            dualAveraging.setMu(Math.log(10 * stepSize));
            dualAveraging.restart();
        }
        return new Parameters(stepSize, metric);
    }

    /**
     * The step size and metric for sampling. If the metric changed on the very last warmup
     * iteration (no terminal buffer), dual averaging has nothing to average, and the searched step
     * size is kept instead of Stan's exp(0) = 1.
     */
    public Parameters finish() {
        double finalStep = dualAveraging.iterations() > 0 ? dualAveraging.finalStepSize() : searchedStepSize;
        return new Parameters(finalStep, metric);
    }
}
