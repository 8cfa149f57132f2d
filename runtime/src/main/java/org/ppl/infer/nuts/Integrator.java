package org.ppl.infer.nuts;

import org.ppl.model.Model;

/** A time step of Hamiltonian dynamics, in place on a phase point. */
@FunctionalInterface
public interface Integrator {
    /**
     * Advances {@code z} by {@code stepSize} (negative: backwards in time). Afterwards the log
     * density, gradient, velocity and kinetic energy of {@code z} are current; after a numeric
     * failure its log density is negative infinity.
     */
    void step(Model model, Metric metric, PhasePoint z, double stepSize);
}
