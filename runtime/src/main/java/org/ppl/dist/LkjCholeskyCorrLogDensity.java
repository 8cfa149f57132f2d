package org.ppl.dist;

import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * The LKJ log density of a correlation Cholesky factor (see {@link LkjCholeskyCorr}). A value that
 * is not lower triangular with a positive diagonal and rows of unit length gives -infinity.
 * Partials: (n - i + 2 eta - 2) / L_ii on the diagonal (rows 1-based, from the second), and for
 * eta the normaliser's derivative plus 2 sum log L_ii.
 */
final class LkjCholeskyCorrLogDensity extends Op {
    private final Node l;
    private final Node nNode;
    private final Node eta;
    private final int n;
    private double normaliser;
    private double dNormaliser;
    private double dEta;
    private double keptEta = Double.NaN;
    private boolean finite;

    LkjCholeskyCorrLogDensity(Node l, Node nNode, Node eta) {
        super(Shape.SCALAR, l, nNode, eta);
        this.l = l;
        this.nNode = nNode;
        this.eta = eta;
        this.n = l.shape.dim(0);
    }

    @Override
    public void forward() {
        double lp = evaluate();
        finite = lp > Double.NEGATIVE_INFINITY && lp < Double.POSITIVE_INFINITY;
        out.value[0] = lp == lp ? lp : Double.NEGATIVE_INFINITY;
    }

    private double evaluate() {
        double e = eta.value[0];
        if (nNode.value[0] != n || !(e > 0 && e < Double.POSITIVE_INFINITY)) return Double.NEGATIVE_INFINITY;
        if (e != keptEta) {
            normaliser = LkjCholeskyCorr.logNormaliser(n, e);
            dNormaliser = LkjCholeskyCorr.logNormaliserDerivative(n, e);
            keptEta = e;
        }
        double[] v = l.value;
        double sumLogDiagonal = 0;
        double lp = normaliser;
        for (int i = 0; i < n; i++) {
            double squares = 0;
            for (int c = 0; c < n; c++) {
                double x = v[i * n + c];
                if (c > i && x != 0) return Double.NEGATIVE_INFINITY;
                squares += x * x;
            }
            double diagonal = v[i * n + i];
            if (!(diagonal > 0) || !(Math.abs(squares - 1.0) <= LkjCholeskyCorr.UNIT_TOLERANCE)) {
                return Double.NEGATIVE_INFINITY;
            }
            if (i == 0) continue;
            double logDiagonal = Math.log(diagonal);
            sumLogDiagonal += logDiagonal;
            lp += (n - i - 3 + 2.0 * e) * logDiagonal;
        }
        dEta = dNormaliser + 2.0 * sumLogDiagonal;
        return lp;
    }

    @Override
    public void backward() {
        if (!finite) return;
        double g = out.adjoint[0];
        if (l.adjoint != null) {
            double e = eta.value[0];
            double[] v = l.value;
            for (int i = 1; i < n; i++) l.adjoint[i * n + i] += g * (n - i - 3 + 2.0 * e) / v[i * n + i];
        }
        if (eta.adjoint != null) eta.adjoint[0] += g * dEta;
    }

    @Override
    public String name() {
        return "LKJCholeskyCorrLogDensity";
    }
}
