/**
 * Gaussian processes, following PyMC's {@code pm.gp}: {@link org.ppl.gp.Marginal} (exact, noise
 * integrated out), {@link org.ppl.gp.MarginalApprox} (sparse: VFE, FITC, DTC) and
 * {@link org.ppl.gp.Latent} (non-centred prior for non-Gaussian likelihoods).
 *
 * <p>Each likelihood is one operation on the tape with an analytic adjoint: the exact one costs a
 * Cholesky factorisation and an inverse (O(N³)) and hands a dense N×N adjoint to the kernel
 * operation; the sparse ones cost O(N·M²) and never form an N×N matrix. Every Cholesky is jittered
 * ({@link org.ppl.gp.Jitter}, 1e-6 of the mean diagonal by default) and a factorisation that fails
 * throws {@link org.ppl.ad.NumericFailure}, which a sampler counts as a divergence.
 *
 * <p>A likelihood or prior returns a record of what it was built from; its {@code conditional} and
 * {@code predict} compute predictive means and (co)variances from the model's current values,
 * without gradients, for predictive output per draw. {@link org.ppl.gp.GplvmReferenceGradient} is
 * the GP-LVM gradient written by hand, the baseline the operations are measured and checked
 * against.
 */
package org.ppl.gp;
