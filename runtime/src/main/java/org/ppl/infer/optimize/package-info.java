/**
 * Optimisation: a limited-memory BFGS minimiser with a strong-Wolfe line search and Stan's
 * termination tests, the posterior mode (MAP) of a {@link org.ppl.model.Model} with it, and the
 * Laplace approximation at that mode.
 */
package org.ppl.infer.optimize;
