/**
 * Covariance functions, following PyMC's {@code pm.gp.cov}: stationary kernels (ExpQuad, Matern52,
 * Matern32, Exponential, RatQuad, Periodic) sharing one operation over a radial profile, the
 * dot-product kernels (Linear, Polynomial), WhiteNoise and Constant; sums, products and scaling
 * by a scalar node. Each kernel matrix and each diagonal is one operation whose adjoint reaches X,
 * Xs and every hyperparameter in O(N·M·Q); a scale is folded into the kernel's own operation.
 */
package org.ppl.gp.cov;
