package org.ppl.infer.vi;

/**
 * One estimate of the ELBO during ADVI's main loop, with the convergence statistics Stan prints.
 *
 * @param iteration the iteration after which it was estimated
 * @param elbo the Monte Carlo estimate of the evidence lower bound
 * @param relativeChange |ELBO_prev − ELBO| / |ELBO| (1 at the first estimate, as Stan)
 * @param meanRelativeChange mean of the recent relative changes (the circular buffer)
 * @param medianRelativeChange median of the same
 * @param seconds wall time since the main loop started
 */
public record ElboEvaluation(int iteration, double elbo, double relativeChange, double meanRelativeChange,
        double medianRelativeChange, double seconds) {}
