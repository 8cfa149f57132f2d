package org.ppl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.special.Gamma;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/** The hand-written sparse GP-LVM against its density written out with dense N×N matrices. */
class SparseGplvmTest {
    private static final int N = 8, P = 3, Q = 2, M = 3;

    private static double normal(double x) {
        return -0.5 * x * x - 0.5 * Math.log(2 * Math.PI);
    }

    private static double kernel(double[] a, int i, double[] b, int j, double[] ls, double eta) {
        double r2 = 0;
        for (int d = 0; d < Q; d++) {
            double diff = (a[i * Q + d] - b[j * Q + d]) / ls[d];
            r2 += diff * diff;
        }
        return eta * eta * Math.exp(-0.5 * r2);
    }

    /** Σ_columns log N(y | 0, Q_ff + σ²I) - P tr(K_ff - Q_ff) / (2σ²), Q_ff = K_fu (K_uu + jitter I)⁻¹ K_uf. */
    private static double vfeBound(double[] y, double[] x, double[] xu, double[] ls, double eta, double sigma) {
        DMatrixRMaj kuu = new DMatrixRMaj(M, M), kuf = new DMatrixRMaj(M, N);
        double jitter = 1e-6 * eta * eta;
        for (int k = 0; k < M; k++) {
            for (int l = 0; l < M; l++) kuu.set(k, l, kernel(xu, k, xu, l, ls, eta) + (k == l ? jitter : 0));
            for (int i = 0; i < N; i++) kuf.set(k, i, kernel(xu, k, x, i, ls, eta));
        }
        DMatrixRMaj inverse = new DMatrixRMaj(M, M), projected = new DMatrixRMaj(M, N), qff = new DMatrixRMaj(N, N);
        CommonOps_DDRM.invert(kuu, inverse);
        CommonOps_DDRM.mult(inverse, kuf, projected);
        CommonOps_DDRM.multTransA(kuf, projected, qff);
        double trace = 0;
        DMatrixRMaj sigmaMatrix = qff.copy();
        for (int i = 0; i < N; i++) {
            trace += eta * eta - qff.get(i, i);
            sigmaMatrix.add(i, i, sigma * sigma);
        }
        DMatrixRMaj sigmaInverse = new DMatrixRMaj(N, N);
        CommonOps_DDRM.invert(sigmaMatrix, sigmaInverse);
        double logDet = Math.log(CommonOps_DDRM.det(sigmaMatrix));
        DMatrixRMaj ym = new DMatrixRMaj(N, P, true, y), solved = new DMatrixRMaj(N, P);
        CommonOps_DDRM.mult(sigmaInverse, ym, solved);
        double quadratic = 0;
        for (int t = 0; t < N * P; t++) quadratic += y[t] * solved.data[t];
        return -0.5 * P * logDet - 0.5 * quadratic - 0.5 * N * P * Math.log(2 * Math.PI) - P * trace / (2 * sigma * sigma);
    }

    @Test
    void densityEqualsTheDenseFormulaPlusPriorsAndJacobians() {
        Random r = new Random(11);
        double[] y = new double[N * P];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        Model model = TapeModel.of(new SparseGplvm(y, N, P, Q, M));
        assertEquals(N * Q + M * Q + Q + 2, model.dimension());
        double[] theta = new double[model.dimension()];
        for (int trial = 0; trial < 4; trial++) {
            for (int i = 0; i < theta.length; i++) theta[i] = 0.8 * r.nextGaussian();
            double[] x = java.util.Arrays.copyOf(theta, N * Q);
            double[] xu = java.util.Arrays.copyOfRange(theta, N * Q, N * Q + M * Q);
            int h = N * Q + M * Q;
            double[] ls = {Math.exp(theta[h]), Math.exp(theta[h + 1])};
            double eta = Math.exp(theta[h + 2]), sigma = Math.exp(theta[h + 3]);
            double expected = vfeBound(y, x, xu, ls, eta, sigma);
            for (double v : x) expected += normal(v);
            for (double v : xu) expected += normal(v);
            for (double l : ls) expected += 5 * Math.log(5) - Gamma.logGamma(5) - 6 * Math.log(l) - 5 / l;
            expected += 2 * Math.log(2) + normal(eta) + normal(sigma);
            expected += theta[h] + theta[h + 1] + theta[h + 2] + theta[h + 3];
            assertEquals(expected, model.logDensity(theta), 1e-9 * Math.abs(expected), "trial " + trial);
        }
    }

    @Test
    void gradientAgreesWithFiniteDifferences() {
        Random r = new Random(12);
        double[] y = new double[N * P];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        Model model = TapeModel.of(new SparseGplvm(y, N, P, Q, M));
        double[] theta = new double[model.dimension()];
        for (int i = 0; i < theta.length; i++) theta[i] = 0.6 * r.nextGaussian();
        double[] grad = new double[theta.length];
        model.logDensityGradient(theta, grad);
        for (int i = 0; i < theta.length; i++) {
            double h = 1e-5, saved = theta[i];
            theta[i] = saved + h;
            double up = model.logDensity(theta);
            theta[i] = saved - h;
            double down = model.logDensity(theta);
            theta[i] = saved;
            double fd = (up - down) / (2 * h);
            assertEquals(fd, grad[i], 1e-6 * Math.max(1, Math.abs(fd)), model.unconstrainedNames().get(i));
        }
    }

    @Test
    void argumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new SparseGplvm(new double[5], 2, 3, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new SparseGplvm(new double[6], 2, 3, 2, 0));
    }
}
