/**
 * The distributions of the model language, by PyMC's names and parameters, registered in {@link
 * org.ppl.dist.Distributions}. Each log density is one tape operation with analytic partials with
 * respect to the value and every real parameter, summed over the elements, fully normalised (it
 * equals Stan's {@code _lpdf} / {@code _lpmf} and PyMC's {@code logp}), allocating nothing per
 * evaluation. Derived values of a parameter (its logarithm, lgamma) are computed per element of
 * the parameter, not of the value, and once for a constant.
 *
 * <p>Conventions where PyMC and Stan leave a choice:
 * <ul>
 *   <li>A value outside the support, a parameter outside its domain, or a NaN anywhere gives
 *       -infinity. Closed edges follow PyMC: HalfNormal, HalfCauchy, HalfStudentT, Exponential,
 *       Gamma, Weibull and HalfFlat include 0, Beta includes 0 and 1, with 0 log 0 taken as 0
 *       (so Gamma(1, beta) at 0 is log beta); LogNormal and InverseGamma exclude 0.
 *   <li>Categorical's p is normalised: log p_y - log sum p, as PyMC rescales a p that does not sum
 *       to one. For a simplex p the two agree; the gradient then differs from Stan's only along
 *       (1, ..., 1), which no simplex transform sees.
 *   <li>MvNormal reads the symmetric part (C + C^T) / 2 of cov, so its adjoint, (B B^T - N S^-1) /
 *       2, is exact entry by entry; with chol= only the lower triangle is read. A cov that is not
 *       positive definite is an {@link org.ppl.ad.NumericFailure}; a chol whose diagonal is not
 *       positive gives -infinity.
 *   <li>Dirichlet's value and LKJCholeskyCorr's rows must sum (have squared length) one within
 *       1e-8, Stan's constraint tolerance.
 *   <li>NegativeBinomial takes its Poisson limit past alpha = 1e10, as PyMC does.
 *   <li>Flat and HalfFlat have no draws: sampling them is refused with a sentence saying why.
 * </ul>
 */
package org.ppl.dist;
