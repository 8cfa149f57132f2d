package org.ppl.infer;

/**
 * What warmup settled on for one chain: the step size and the inverse metric, {@code n} values for
 * a diagonal metric or an {@code n x n} row-major matrix for a dense one.
 */
public record Tuning(double stepSize, MetricKind metric, double[] inverseMetric) {
    /** Number of unconstrained coordinates. */
    public int dimension() {
        return metric == MetricKind.DIAG ? inverseMetric.length : (int) Math.round(Math.sqrt(inverseMetric.length));
    }
}
