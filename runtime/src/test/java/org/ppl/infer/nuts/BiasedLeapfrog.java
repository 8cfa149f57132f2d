package org.ppl.infer.nuts;

import org.ppl.model.Model;

/**
 * A deliberately broken integrator for validation tests: the two momentum half-steps are
 * unequal, (1 + bias) ε/2 then (1 - bias) ε/2. Each piece is still a shear, so volume is
 * preserved and the energy error stays small, but the step is no longer time-reversible, and
 * the sampler's draws no longer follow the target. The validation suites must reject it.
 */
final class BiasedLeapfrog implements Integrator {
    private final double bias;

    BiasedLeapfrog(double bias) {
        this.bias = bias;
    }

    @Override
    public void step(Model model, Metric metric, PhasePoint z, double stepSize) {
        int n = z.dimension();
        double first = 0.5 * (1 + bias) * stepSize;
        double second = 0.5 * (1 - bias) * stepSize;
        for (int i = 0; i < n; i++) z.p[i] += first * z.grad[i];
        metric.velocity(z.p, z.velocity);
        for (int i = 0; i < n; i++) z.q[i] += stepSize * z.velocity[i];
        if (z.evaluate(model)) {
            for (int i = 0; i < n; i++) z.p[i] += second * z.grad[i];
        }
        z.updateKinetic(metric);
    }
}
