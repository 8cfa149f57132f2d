package org.ppl.gp.cov;

import org.ppl.ad.Node;
import org.ppl.ad.Tape;

/**
 * A covariance function, as PyMC's {@code pm.gp.cov}: a kernel, or a sum, product or scalar scaling
 * of covariances. {@link #full} and {@link #diag} record operations on a tape; each kernel matrix is
 * one operation whose adjoint reaches the inputs and every hyperparameter.
 */
public sealed interface Covariance permits Kernel, CovarianceSum, CovarianceProduct, ScaledCovariance {
    /**
     * The matrix K(X, Xs), N by M. With {@code xs == null} it is K(X, X), which is symmetric and may
     * differ from K(X, X') at coinciding points ({@link WhiteNoise} is σ²I there and 0 otherwise).
     */
    Node full(Tape tape, Node x, Node xs);

    /** K(X, X). */
    default Node full(Tape tape, Node x) {
        return full(tape, x, null);
    }

    /** The diagonal of K(X, X), a vector of length N. */
    Node diag(Tape tape, Node x);

    default Covariance plus(Covariance other) {
        return new CovarianceSum(this, other);
    }

    default Covariance times(Covariance other) {
        return new CovarianceProduct(this, other);
    }

    /** {@code scale * this}, for a scalar node (PyMC's {@code eta**2 * cov}). */
    default Covariance scaledBy(Node scale) {
        return new ScaledCovariance(scale, this);
    }
}
