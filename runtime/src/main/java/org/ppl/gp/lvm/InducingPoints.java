package org.ppl.gp.lvm;

/**
 * Starting inducing inputs for a sparse GP-LVM: M of the N latent points, chosen by farthest-point
 * sampling (Gonzalez 1985) from the point nearest the centroid, so they cover the occupied part of
 * the latent space evenly and never coincide (coinciding inducing inputs make K_uu singular). GPy
 * takes a random subset instead; this choice is deterministic. With M &gt; N the points are reused
 * in order, shifted by 0.001 per reuse so K_uu stays positive definite.
 */
public final class InducingPoints {
    private InducingPoints() {}

    /** M rows (M×Q, row-major) chosen from {@code x} (N×Q). */
    public static double[] spread(double[] x, int n, int q, int m) {
        if (x.length != n * q) throw new IllegalArgumentException("X has " + x.length + " values, not " + n + " x " + q);
        if (n < 1 || m < 1) throw new IllegalArgumentException("need at least one point and one inducing input");
        double[] out = new double[m * q];
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        int next = nearestToCentroid(x, n, q);
        for (int k = 0; k < m; k++) {
            double shift = k < n ? 0.0 : 1e-3 * (k / n);
            for (int d = 0; d < q; d++) out[k * q + d] = x[next * q + d] + shift;
            if (k + 1 < n) next = updateAndFarthest(x, n, q, next, nearest);
            else next = (k + 1) % n;
        }
        return out;
    }

    private static int nearestToCentroid(double[] x, int n, int q) {
        double[] centre = new double[q];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < q; d++) centre[d] += x[i * q + d] / n;
        }
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = squaredDistance(x, i, centre, q);
            if (s < bestDistance) {
                bestDistance = s;
                best = i;
            }
        }
        return best;
    }

    /** Lowers each point's distance to the chosen set by the newly chosen point; returns the farthest point. */
    private static int updateAndFarthest(double[] x, int n, int q, int chosen, double[] nearest) {
        double[] c = new double[q];
        System.arraycopy(x, chosen * q, c, 0, q);
        int farthest = 0;
        for (int i = 0; i < n; i++) {
            nearest[i] = Math.min(nearest[i], squaredDistance(x, i, c, q));
            if (nearest[i] > nearest[farthest]) farthest = i;
        }
        return farthest;
    }

    private static double squaredDistance(double[] x, int i, double[] c, int q) {
        double s = 0;
        for (int d = 0; d < q; d++) {
            double diff = x[i * q + d] - c[d];
            s += diff * diff;
        }
        return s;
    }
}
