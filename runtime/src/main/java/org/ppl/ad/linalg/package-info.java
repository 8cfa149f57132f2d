/**
 * Matrix operations of the autodiff tape, each one {@link org.ppl.ad.Op} with a matrix-level
 * adjoint built on the kernels of {@code org.ppl.linalg}: {@link org.ppl.ad.linalg.MatMul}
 * (NumPy's {@code @}), {@link org.ppl.ad.linalg.MatrixTranspose}, {@link org.ppl.ad.linalg.Cholesky}
 * (blocked reverse mode, Murray 2016), {@link org.ppl.ad.linalg.TriangularSolve} (both sides),
 * {@link org.ppl.ad.linalg.SpdSolve}, {@link org.ppl.ad.linalg.LogDetFromCholesky},
 * {@link org.ppl.ad.linalg.LogDeterminant}, {@link org.ppl.ad.linalg.Diag},
 * {@link org.ppl.ad.linalg.Trace}, {@link org.ppl.ad.linalg.QuadraticForm},
 * {@link org.ppl.ad.linalg.InverseQuadraticForm}, {@link org.ppl.ad.linalg.TraceInverseProduct} and
 * {@link org.ppl.ad.linalg.LowerTimesTranspose}.
 *
 * <p>Operations that read a symmetric matrix read only its lower triangle and give it a symmetrised
 * adjoint, the gradient for a symmetric argument (as Stan does); operations on a triangular factor
 * read and differentiate only its lower triangle.
 */
package org.ppl.ad.linalg;
