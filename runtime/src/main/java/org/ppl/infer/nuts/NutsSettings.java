package org.ppl.infer.nuts;

import org.ppl.infer.Initialisation;
import org.ppl.infer.MetricKind;

/**
 * Settings of a NUTS run with CmdStan's defaults: 1000 warmup iterations and 1000 draws, a
 * diagonal metric, max tree depth 10, initial step size 1, inits uniform on (-2, 2).
 * {@code initialValues} (constrained parameter values) replace the random start when given;
 * {@code initialInverseMetric} replaces the unit metric when given.
 */
public record NutsSettings(int warmup, int draws, MetricKind metric, int maxDepth, double stepSize, double initRadius,
        double[] initialValues, double[] initialInverseMetric, AdaptationSettings adaptation) {
    public NutsSettings {
        if (warmup < 0) throw new IllegalArgumentException("warmup must be >= 0, not " + warmup);
        if (draws < 0) throw new IllegalArgumentException("draws must be >= 0, not " + draws);
        if (maxDepth < 1) throw new IllegalArgumentException("max depth must be >= 1, not " + maxDepth);
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException("step size must be positive and finite, not " + stepSize);
        }
        if (!(initRadius >= 0) || Double.isInfinite(initRadius)) {
            throw new IllegalArgumentException("init radius must be finite and >= 0, not " + initRadius);
        }
    }

    public static NutsSettings defaults() {
        return new NutsSettings(1000, 1000, MetricKind.DIAG, NutsKernel.DEFAULT_MAX_DEPTH, 1.0,
                Initialisation.DEFAULT_RADIUS, null, null, AdaptationSettings.stanDefaults());
    }

    public NutsSettings withWarmup(int n) {
        return new NutsSettings(n, draws, metric, maxDepth, stepSize, initRadius, initialValues,
                initialInverseMetric, adaptation);
    }

    public NutsSettings withDraws(int n) {
        return new NutsSettings(warmup, n, metric, maxDepth, stepSize, initRadius, initialValues,
                initialInverseMetric, adaptation);
    }

    public NutsSettings withMetric(MetricKind kind) {
        return new NutsSettings(warmup, draws, kind, maxDepth, stepSize, initRadius, initialValues,
                initialInverseMetric, adaptation);
    }

    public NutsSettings withMaxDepth(int depth) {
        return new NutsSettings(warmup, draws, metric, depth, stepSize, initRadius, initialValues,
                initialInverseMetric, adaptation);
    }

    public NutsSettings withStepSize(double epsilon) {
        return new NutsSettings(warmup, draws, metric, maxDepth, epsilon, initRadius, initialValues,
                initialInverseMetric, adaptation);
    }

    public NutsSettings withInitRadius(double radius) {
        return new NutsSettings(warmup, draws, metric, maxDepth, stepSize, radius, initialValues,
                initialInverseMetric, adaptation);
    }

    public NutsSettings withInitialValues(double[] constrained) {
        return new NutsSettings(warmup, draws, metric, maxDepth, stepSize, initRadius,
                constrained == null ? null : constrained.clone(), initialInverseMetric, adaptation);
    }

    public NutsSettings withInitialInverseMetric(double[] inverseMetric) {
        return new NutsSettings(warmup, draws, metric, maxDepth, stepSize, initRadius, initialValues,
                inverseMetric == null ? null : inverseMetric.clone(), adaptation);
    }

    public NutsSettings withTargetAccept(double delta) {
        return withAdaptation(adaptation.withDelta(delta));
    }

    public NutsSettings withAdaptation(AdaptationSettings a) {
        return new NutsSettings(warmup, draws, metric, maxDepth, stepSize, initRadius, initialValues,
                initialInverseMetric, a);
    }
}
