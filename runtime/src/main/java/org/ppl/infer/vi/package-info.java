/**
 * Variational inference: Stan's ADVI with mean-field and full-rank Gaussian families on the
 * unconstrained space, draws from an approximation through the model's transforms, and
 * Pareto-smoothed importance sampling (PSIS) to judge an approximation.
 */
package org.ppl.infer.vi;
