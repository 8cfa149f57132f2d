/**
 * The No-U-Turn Sampler as Stan runs it, in small pieces: a {@link org.ppl.infer.nuts.Metric}
 * (diagonal or dense) gives kinetic energy, momenta and velocities; the
 * {@link org.ppl.infer.nuts.Leapfrog} integrator moves a {@link org.ppl.infer.nuts.PhasePoint};
 * the subtree builder and {@link org.ppl.infer.nuts.NutsKernel} grow the trajectory with
 * multinomial sampling and the generalised no-U-turn criterion; {@code NutsKernel.step(rng,
 * state, stepSize, metric)} returns the next state and what the transition did.
 *
 * <p>Warmup is a separate object, {@link org.ppl.infer.nuts.WarmupAdaptation}: step-size search,
 * dual averaging, and metric estimation in the windows of a {@link
 * org.ppl.infer.nuts.WindowSchedule}, which is plain data. {@link org.ppl.infer.nuts.NutsChain}
 * runs one chain; {@link org.ppl.infer.nuts.Nuts} runs several in parallel.
 */
package org.ppl.infer.nuts;
