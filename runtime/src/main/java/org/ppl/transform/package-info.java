/**
 * Transforms from unconstrained reals to a parameter's support, as Stan defines them: {@link
 * org.ppl.transform.LowerBound}, {@link org.ppl.transform.UpperBound}, {@link
 * org.ppl.transform.Interval}, {@link org.ppl.transform.Simplex}, {@link
 * org.ppl.transform.Ordered}, {@link org.ppl.transform.CholeskyCorrelation} and {@link
 * org.ppl.transform.CholeskyCovariance}. Each binds to one operation that gives the constrained
 * value and the scalar log |Jacobian|, with gradients to the free vector and to the bound nodes,
 * and no allocation per evaluation.
 *
 * <p>Messages name elements with the model language's zero-based indices ({@code element 3},
 * {@code element [1, 2]}, {@code row 2}). An inverse refuses a value outside the open support with
 * {@link java.lang.IllegalArgumentException} naming the first bad element; a forward sweep whose
 * bounds cannot be used (NaN, infinite, or lower not below upper) throws {@link
 * org.ppl.ad.NumericFailure}, which a model turns into a log density of -infinity.
 */
package org.ppl.transform;
