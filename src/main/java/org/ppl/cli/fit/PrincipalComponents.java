package org.ppl.cli.fit;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The principal component scores of a data matrix, each scaled to unit variance: the start of a
 * latent X that the GP-LVM uses (Lawrence 2005, JMLR 6, starts from PCA), since from a random
 * start L-BFGS and ADVI often stop in the mode that explains the data as noise. Computed from the SVD of the
 * column-centred data, Yc = U S V', whose scores U S have variance s_k² / (N − 1); scaled to
 * unit variance they are U·√(N − 1). Each component's sign is fixed so that its largest loading
 * (the entry of V with the largest magnitude) is positive, so the result does not depend on the
 * SVD routine's choice of signs.
 */
public final class PrincipalComponents {
    private PrincipalComponents() {}

    /**
     * The first {@code components} unit-variance scores of {@code y} (rows x columns, row-major), as
     * a rows x components row-major matrix. Components beyond the rank of the data are zero.
     */
    public static double[] scores(double[] y, int rows, int columns, int components) {
        if (rows < 2) throw new IllegalArgumentException("PCA needs at least 2 rows, not " + rows);
        DMatrixRMaj centred = new DMatrixRMaj(rows, columns);
        for (int j = 0; j < columns; j++) {
            double mean = 0;
            for (int i = 0; i < rows; i++) mean += y[i * columns + j];
            mean /= rows;
            for (int i = 0; i < rows; i++) centred.set(i, j, y[i * columns + j] - mean);
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows, columns, true, true, true);
        if (!svd.decompose(centred)) throw new IllegalArgumentException("the SVD of the data did not converge");
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj v = svd.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        int rank = Math.min(rows, columns);
        double scale = Math.sqrt(rows - 1.0);
        double[] out = new double[rows * components];
        for (int k = 0; k < Math.min(components, rank); k++) {
            if (!(w.get(k, k) > 1e-12 * Math.max(1.0, w.get(0, 0)))) break;
            double sign = Math.signum(largestLoading(v, k));
            for (int i = 0; i < rows; i++) out[i * components + k] = sign * scale * u.get(i, k);
        }
        return out;
    }

    private static double largestLoading(DMatrixRMaj v, int k) {
        double best = 0;
        for (int j = 0; j < v.numRows; j++) if (Math.abs(v.get(j, k)) > Math.abs(best)) best = v.get(j, k);
        return best == 0 ? 1 : best;
    }
}
