package org.ppl.infer.nuts;

import org.ppl.infer.MetricKind;
import org.ppl.infer.SamplingFailure;

/**
 * Windowed estimation of the inverse metric (Stan's {@code var_adaptation} and
 * {@code covar_adaptation}): draws inside a window of the {@link WindowSchedule} feed a Welford
 * estimate; at the window's end the estimate is shrunk towards a small multiple of the identity,
 * <pre>
 *   Σ̂ = n / (n + 5) · S + 10^-3 · 5 / (n + 5) · I
 * </pre>
 * (S the sample (co)variance of the window's n draws), and becomes the new inverse metric.
 */
final class MetricAdaptation {
    private final WindowSchedule schedule;
    private final MetricKind kind;
    private final int dimension;
    private final WelfordEstimator estimator;

    MetricAdaptation(WindowSchedule schedule, MetricKind kind, int dimension) {
        this.schedule = schedule;
        this.kind = kind;
        this.dimension = dimension;
        this.estimator = new WelfordEstimator(dimension, kind == MetricKind.DENSE);
    }

    /**
     * Takes the position after warmup iteration {@code iteration} (0-based); returns the new
     * metric when that iteration ends a window, else null.
     */
    Metric observe(int iteration, double[] position) {
        if (schedule.collects(iteration)) estimator.add(position);
        if (!schedule.endsWindow(iteration)) return null;
        if (estimator.count() < 2) {
            estimator.restart();
            return null;
        }
        double[] estimate = regularised(estimator.variance(), estimator.count());
        estimator.restart();
        for (double v : estimate) {
            if (!Double.isFinite(v)) {
                throw new SamplingFailure("Numerical overflow in metric adaptation. This occurs when the sampler meets"
                        + " extreme values on the unconstrained scale, as when the posterior is too wide or improper."
                        + " Please check the model.");
            }
        }
        return Metric.of(kind, estimate);
    }

    private double[] regularised(double[] sample, int n) {
        double weight = n / (n + 5.0);
        double shrink = 1e-3 * 5.0 / (n + 5.0);
        double[] out = new double[sample.length];
        for (int k = 0; k < out.length; k++) out[k] = weight * sample[k];
        if (kind == MetricKind.DIAG) {
            for (int i = 0; i < dimension; i++) out[i] += shrink;
        } else {
            for (int i = 0; i < dimension; i++) out[i * dimension + i] += shrink;
        }
        return out;
    }
}
