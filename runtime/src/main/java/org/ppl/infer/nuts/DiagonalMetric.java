package org.ppl.infer.nuts;

import org.ppl.infer.MetricKind;
import org.ppl.infer.RandomStream;

/** A diagonal metric: M^{-1} = diag(v), momenta p_i = z_i / sqrt(v_i) with z standard normal. */
public final class DiagonalMetric implements Metric {
    private final double[] inverse;
    private final double[] inverseSqrt;

    public DiagonalMetric(double[] inverseMetric) {
        inverse = inverseMetric.clone();
        inverseSqrt = new double[inverse.length];
        for (int i = 0; i < inverse.length; i++) {
            if (!(inverse[i] > 0) || Double.isInfinite(inverse[i])) {
                throw new IllegalArgumentException("inverse metric element " + (i + 1) + " is " + inverse[i]
                        + "; it must be positive and finite");
            }
            inverseSqrt[i] = Math.sqrt(inverse[i]);
        }
    }

    @Override
    public int dimension() {
        return inverse.length;
    }

    @Override
    public MetricKind kind() {
        return MetricKind.DIAG;
    }

    @Override
    public void sampleMomentum(RandomStream rng, double[] p) {
        for (int i = 0; i < p.length; i++) p[i] = rng.nextGaussian() / inverseSqrt[i];
    }

    @Override
    public double velocity(double[] p, double[] out) {
        double twiceKinetic = 0;
        for (int i = 0; i < p.length; i++) {
            double v = inverse[i] * p[i];
            out[i] = v;
            twiceKinetic += p[i] * v;
        }
        return 0.5 * twiceKinetic;
    }

    @Override
    public double[] inverseMetric() {
        return inverse.clone();
    }
}
