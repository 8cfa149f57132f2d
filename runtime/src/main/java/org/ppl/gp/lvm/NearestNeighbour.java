package org.ppl.gp.lvm;

/**
 * Leave-one-out 1-nearest-neighbour classification in a latent space: each point is given the label
 * of its nearest other point (Euclidean distance), and the errors are counted. This is the measure
 * Lawrence (2005, JMLR 6) reports for latent spaces of the oil flow data (PCA 162 errors, GTM 11,
 * GP-LVM 1 over 1000 points). A tie between equally near points goes to the one listed first.
 */
public final class NearestNeighbour {
    private NearestNeighbour() {}

    /** The number of points of {@code x} (N×Q, row-major) whose nearest other point has another label. */
    public static int leaveOneOutErrors(double[] x, int n, int q, int[] labels) {
        if (x.length != n * q) throw new IllegalArgumentException("1-NN: X has " + x.length + " values, not " + n + " x " + q);
        if (labels.length != n) throw new IllegalArgumentException("1-NN: " + labels.length + " labels for " + n + " points");
        if (n < 2) throw new IllegalArgumentException("1-NN: it takes at least 2 points, not " + n);
        int errors = 0;
        for (int i = 0; i < n; i++) {
            if (labels[nearestOther(x, n, q, i)] != labels[i]) errors++;
        }
        return errors;
    }

    /** The index of the point nearest to point i, other than i. */
    static int nearestOther(double[] x, int n, int q, int i) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (j == i) continue;
            double d = 0;
            for (int k = 0; k < q; k++) {
                double diff = x[i * q + k] - x[j * q + k];
                d += diff * diff;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = j;
            }
        }
        return best;
    }
}
