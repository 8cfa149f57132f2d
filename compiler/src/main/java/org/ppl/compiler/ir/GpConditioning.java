package org.ppl.compiler.ir;

/**
 * What a GP object was conditioned on, for its conditional and predict: the inputs {@code x} (and
 * inducing inputs {@code xu} for MarginalApprox, else null), the {@code observed} values (the y of
 * marginal_likelihood, or the latent parameter f of Latent.prior) and the {@code noise} (null for
 * Latent).
 */
public record GpConditioning(IrExpr x, IrExpr xu, IrExpr observed, IrExpr noise) {}
