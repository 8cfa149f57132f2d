package org.ppl.dist;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * The summed Dirichlet log density of the rows of x. Partials: (a - 1) / x for x, and
 * digamma(sum a) - digamma(a) + log x for a. When every row shares one a (a of shape (K,)), the
 * row's lgamma and digamma of sum a are computed once (once ever for a constant a).
 */
final class DirichletLogDensity extends Op {
    private final Node x;
    private final Node a;
    private final int k;
    private final int rows;
    private final int[] aMap;
    /** Every row reads the same elements of a. */
    private final boolean shared;
    private final Gamma.ShapeTerms aTerms;
    private final double[] rowLgamma;
    private final double[] rowDigamma;
    private final double[] gx;
    private final double[] ga;
    private boolean aKept;
    private boolean finite;

    DirichletLogDensity(Node x, Node a) {
        super(Shape.SCALAR, x, a);
        this.x = x;
        this.a = a;
        this.k = x.shape.dim(x.shape.rank() - 1);
        this.rows = k == 0 ? 0 : x.size() / k;
        this.aMap = Broadcast.indexMap(a.shape, x.shape);
        this.shared = a.shape.rank() <= 1 || a.shape.dim(0) == 1;
        this.aTerms = new Gamma.ShapeTerms(a.size());
        int rowTerms = shared ? 1 : rows;
        this.rowLgamma = new double[rowTerms];
        this.rowDigamma = new double[rowTerms];
        this.gx = new double[x.size()];
        this.ga = new double[x.size()];
    }

    @Override
    public void forward() {
        double lp = evaluate();
        finite = lp > Double.NEGATIVE_INFINITY && lp < Double.POSITIVE_INFINITY;
        out.value[0] = lp == lp ? lp : Double.NEGATIVE_INFINITY;
    }

    private double evaluate() {
        if (!aKept) {
            if (!aTerms.prepare(a.value)) return Double.NEGATIVE_INFINITY;
            for (int t = 0; t < rowLgamma.length; t++) {
                double total = 0;
                for (int c = 0; c < k; c++) total += a.value[aMap[t * k + c]];
                rowLgamma[t] = DistMath.lgamma(total);
                rowDigamma[t] = DistMath.digamma(total);
            }
            aKept = a.constant;
        }
        double[] xv = x.value, av = a.value;
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int t = shared ? 0 : r;
            double rowSum = 0;
            double lp = rowLgamma[t];
            for (int c = 0; c < k; c++) {
                int e = r * k + c;
                double xe = xv[e];
                if (!(xe >= 0)) return Double.NEGATIVE_INFINITY;
                rowSum += xe;
                int i = aMap[e];
                double am1 = av[i] - 1.0;
                double logX = Math.log(xe);
                lp += DistMath.multiplyLog(am1, xe) - aTerms.lgamma[i];
                gx[e] = am1 == 0 ? 0.0 : am1 / xe;
                ga[e] = rowDigamma[t] - aTerms.digamma[i] + logX;
            }
            if (!(Math.abs(rowSum - 1.0) <= Dirichlet.SIMPLEX_TOLERANCE)) return Double.NEGATIVE_INFINITY;
            sum += lp;
        }
        return sum;
    }

    @Override
    public void backward() {
        if (!finite) return;
        double g = out.adjoint[0];
        if (x.adjoint != null) {
            double[] adj = x.adjoint;
            for (int e = 0; e < adj.length; e++) adj[e] += g * gx[e];
        }
        if (a.adjoint != null) {
            double[] adj = a.adjoint;
            for (int e = 0; e < ga.length; e++) adj[aMap[e]] += g * ga[e];
        }
    }

    @Override
    public String name() {
        return "DirichletLogDensity";
    }
}
