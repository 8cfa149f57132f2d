/**
 * Convergence diagnostics of MCMC draws as Vehtari, Gelman, Simpson, Carpenter and Bürkner (2021)
 * define them (rank-normalised split R-hat, bulk and tail ESS, Monte Carlo standard errors), the
 * sampler's own checks (divergences, tree depth, E-BFMI), and the summary table.
 */
package org.ppl.diagnostics;
