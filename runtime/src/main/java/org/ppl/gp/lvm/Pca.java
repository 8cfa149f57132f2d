package org.ppl.gp.lvm;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Principal component scores of a data matrix, the usual start of a GP-LVM's latent X. As GPy's
 * {@code initialize_latent("PCA", Q, Y)}: Y (N×P) is centred column by column, its thin SVD
 * Y = U S Vᵀ taken, and the first Q left singular vectors, each scaled to unit variance over the N
 * points (population variance, as NumPy's {@code std}), are the scores. A score column is only
 * defined up to sign; the sign is fixed so that the entry of largest magnitude of each column is
 * positive (scikit-learn's {@code svd_flip}), so the same data always give the same start.
 *
 * <p>Components beyond the rank of Y (Q &gt; min(N - 1, P)) have no principal direction; as GPy
 * does, they are filled with standard normal draws, from the generator given.
 */
public final class Pca {
    private Pca() {}

    /** The N×Q scores (row-major) of {@code y} (N×P, row-major); {@code rng} fills components beyond the rank. */
    public static double[] scores(double[] y, int n, int p, int q, RandomGenerator rng) {
        return components(y, n, p, q, rng, true);
    }

    /**
     * The classical principal component projection of {@code y} (N×P) on its first Q principal
     * axes, Y_c V_Q = U_Q S_Q (each column's variance the component's eigenvalue), with the signs of
     * {@link #scores}: the PCA latent space the GP-LVM's is compared with. Q must not exceed the rank.
     */
    public static double[] projection(double[] y, int n, int p, int q) {
        return components(y, n, p, q, null, false);
    }

    private static double[] components(double[] y, int n, int p, int q, RandomGenerator rng, boolean unitVariance) {
        if (y.length != n * p) throw new IllegalArgumentException("PCA: Y has " + y.length + " values, not " + n + " x " + p);
        if (q < 1) throw new IllegalArgumentException("PCA: Q must be at least 1, not " + q);
        if (n < 2) throw new IllegalArgumentException("PCA: it takes at least 2 points, not " + n);
        DMatrixRMaj centred = centred(y, n, p);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, p, true, false, true);
        if (!svd.decompose(centred)) throw new IllegalStateException("PCA: the SVD of Y did not converge");
        DMatrixRMaj u = svd.getU(null, false);
        double[] singular = svd.getSingularValues();
        SingularOps_DDRM.descendingOrder(u, false, singular, svd.numberOfSingularValues(), null, false);
        double largest = svd.numberOfSingularValues() == 0 ? 0.0 : singular[0];
        double[] x = new double[n * q];
        for (int k = 0; k < q; k++) {
            boolean defined = k < svd.numberOfSingularValues() && singular[k] > 1e-12 * largest && k < n - 1;
            if (defined) {
                copyScaledColumn(u, k, unitVariance ? 0.0 : singular[k], x, q, n);
            } else if (rng == null) {
                throw new IllegalArgumentException("PCA: Y has rank " + k + ", fewer than the " + q + " components asked for");
            } else {
                for (int i = 0; i < n; i++) x[i * q + k] = rng.nextGaussian();
            }
        }
        return x;
    }

    private static DMatrixRMaj centred(double[] y, int n, int p) {
        DMatrixRMaj c = new DMatrixRMaj(n, p);
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += y[i * p + j];
            mean /= n;
            for (int i = 0; i < n; i++) c.set(i, j, y[i * p + j] - mean);
        }
        return c;
    }

    /**
     * Column k of U, sign-fixed, into column k of x (N×Q): times {@code singular} when it is
     * non-zero, else scaled to unit population variance.
     */
    private static void copyScaledColumn(DMatrixRMaj u, int k, double singular, double[] x, int q, int n) {
        double mean = 0, largest = 0;
        for (int i = 0; i < n; i++) {
            double v = u.get(i, k);
            mean += v;
            if (Math.abs(v) > Math.abs(largest)) largest = v;
        }
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) variance += (u.get(i, k) - mean) * (u.get(i, k) - mean);
        double scale = Math.signum(largest) * (singular != 0 ? singular : 1 / Math.sqrt(variance / n));
        for (int i = 0; i < n; i++) x[i * q + k] = u.get(i, k) * scale;
    }
}
