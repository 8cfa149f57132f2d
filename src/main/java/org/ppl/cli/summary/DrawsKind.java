package org.ppl.cli.summary;

/** What a run's draws are, which decides how they are summarised. */
public enum DrawsKind {
    /** Chains of a sampler: every column, with convergence marks and warnings. */
    MCMC,
    /** Independent draws from an approximation (ADVI, Laplace): moments and quantiles. */
    APPROXIMATION,
    /** A single point (MAP): its value. */
    POINT
}
