package org.ppl.dist;

import org.ppl.ad.Broadcast;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;

/**
 * The summed log probability of categories y under the rows of p (or logit_p). Per row of p the
 * normaliser (log sum p, or log sum exp l) is computed once; the backward pass needs only how many
 * elements use each row: d/dp_j = [j = y] / p_y - 1 / sum p, and d/dl_j = [j = y] - softmax(l)_j.
 */
final class CategoricalLogDensity extends Op {
    private final Node y;
    private final Node p;
    private final boolean logit;
    private final int k;
    private final int size;
    private final int[] yMap;
    private final int[] rowMap;
    private final double[] rowNormaliser;
    private final double[] rowCount;
    private boolean valueKept;
    private boolean finite;

    CategoricalLogDensity(Node y, Node p, Shape batch, boolean logit) {
        super(Shape.SCALAR, y, p);
        this.y = y;
        this.p = p;
        this.logit = logit;
        this.k = p.shape.dim(p.shape.rank() - 1);
        this.size = batch.size();
        this.yMap = Broadcast.indexMap(y.shape, batch);
        this.rowMap = Broadcast.indexMap(ArgumentShapes.batch(p.shape, 1), batch);
        int rows = p.size() / k;
        this.rowNormaliser = new double[rows];
        this.rowCount = new double[rows];
        for (int e = 0; e < size; e++) rowCount[rowMap[e]]++;
    }

    @Override
    public void forward() {
        double lp = evaluate();
        finite = lp > Double.NEGATIVE_INFINITY && lp < Double.POSITIVE_INFINITY;
        out.value[0] = lp == lp ? lp : Double.NEGATIVE_INFINITY;
    }

    private double evaluate() {
        double[] yv = y.value, pv = p.value;
        if (!valueKept) {
            for (double v : yv) {
                if (!(DistMath.isNonnegativeInteger(v) && v < k)) return Double.NEGATIVE_INFINITY;
            }
            valueKept = y.constant;
        }
        for (int r = 0; r < rowNormaliser.length; r++) {
            double norm = logit ? logSumExp(pv, r * k) : logSum(pv, r * k);
            if (norm != norm) return Double.NEGATIVE_INFINITY;
            rowNormaliser[r] = norm;
        }
        double sum = 0;
        for (int e = 0; e < size; e++) {
            int r = rowMap[e];
            double v = pv[r * k + (int) yv[yMap[e]]];
            sum += (logit ? v : Math.log(v)) - rowNormaliser[r];
        }
        return sum;
    }

    /** log sum of one row of p; NaN when an entry is negative or the sum is not positive. */
    private double logSum(double[] pv, int start) {
        double total = 0;
        for (int c = 0; c < k; c++) {
            double v = pv[start + c];
            if (!(v >= 0)) return Double.NaN;
            total += v;
        }
        return total > 0 && total < Double.POSITIVE_INFINITY ? Math.log(total) : Double.NaN;
    }

    private double logSumExp(double[] l, int start) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) max = Math.max(max, l[start + c]);
        if (!(max > Double.NEGATIVE_INFINITY && max < Double.POSITIVE_INFINITY)) return Double.NaN;
        double total = 0;
        for (int c = 0; c < k; c++) total += Math.exp(l[start + c] - max);
        return max + Math.log(total);
    }

    @Override
    public void backward() {
        if (!finite || p.adjoint == null) return;
        double g = out.adjoint[0];
        double[] pv = p.value, yv = y.value, adj = p.adjoint;
        for (int e = 0; e < size; e++) {
            int i = rowMap[e] * k + (int) yv[yMap[e]];
            adj[i] += logit ? g : g / pv[i];
        }
        for (int r = 0; r < rowNormaliser.length; r++) {
            double weight = g * rowCount[r];
            if (weight == 0) continue;
            int start = r * k;
            if (logit) {
                for (int c = 0; c < k; c++) adj[start + c] -= weight * Math.exp(pv[start + c] - rowNormaliser[r]);
            } else {
                double inverseSum = Math.exp(-rowNormaliser[r]);
                for (int c = 0; c < k; c++) adj[start + c] -= weight * inverseSum;
            }
        }
    }

    @Override
    public String name() {
        return "CategoricalLogDensity";
    }
}
