package org.ppl.infer.nuts;

import org.ppl.model.Model;

/**
 * The leapfrog (Störmer-Verlet) integrator: a half step of momentum, a full step of position along
 * the velocity M^{-1} p, a half step of momentum. It is symplectic and time-reversible, which is
 * what makes the multinomial weights exp(-H) correct. One gradient evaluation per step.
 */
public final class Leapfrog implements Integrator {
    public static final Leapfrog INSTANCE = new Leapfrog();

    private Leapfrog() {}

    @Override
    public void step(Model model, Metric metric, PhasePoint z, double stepSize) {
        int n = z.dimension();
        double half = 0.5 * stepSize;
        for (int i = 0; i < n; i++) z.p[i] += half * z.grad[i];
        metric.velocity(z.p, z.velocity);
        for (int i = 0; i < n; i++) z.q[i] += stepSize * z.velocity[i];
        if (z.evaluate(model)) {
            for (int i = 0; i < n; i++) z.p[i] += half * z.grad[i];
        }
        z.updateKinetic(metric);
    }
}
