package org.ppl.gp.lvm;

import java.util.ArrayList;
import java.util.List;
import org.ppl.infer.Draws;

/**
 * Quantities of a GP-LVM posterior that are identified, for convergence diagnostics. The likelihood
 * depends on the latent X only through distances between its rows (an ARD squared-exponential
 * kernel), and the prior N(0, I) on X is rotation invariant when the lengthscales are equal, so
 * draws of X itself wander between reflections (each column's sign) and, in the isotropic case,
 * rotations: R-hat and ESS of the raw {@code X.i.j} say nothing about convergence. The pairwise
 * distances |x_i - x_j| are invariant under all of these, and are what to check, beside the
 * lengthscales, η and σ.
 */
public final class LatentDistances {
    /** The sentence a summary of a GP-LVM's draws carries beside its rows of X. */
    public static final String IDENTIFICATION_NOTE = "The latent X is identified only up to rotation and sign "
            + "(reflection of each latent dimension), so R-hat and ESS of X.i.j are not convergence diagnostics; "
            + "check the lengthscales, eta, sigma and the pairwise latent distances dist.i.j instead.";

    private LatentDistances() {}

    /**
     * All pairs among {@code anchors} points spread evenly over the indices 0..N-1 (point
     * ⌊k N / anchors⌋ for k = 0..anchors-1), as {@code {i, j}} with i &lt; j, 0-based.
     */
    public static int[][] anchorPairs(int n, int anchors) {
        int k = Math.min(n, anchors);
        int[] points = new int[k];
        for (int a = 0; a < k; a++) points[a] = (int) ((long) a * n / k);
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) pairs.add(new int[] {points[a], points[b]});
        }
        return pairs.toArray(new int[0][]);
    }

    /**
     * For every draw, the distance |x_i - x_j| of each pair between rows of the latent parameter
     * {@code latent} (N×Q, columns {@code latent.i.d} of {@code draws}); columns
     * {@code dist.i.j} (1-based, as Stan names elements).
     */
    public static Draws of(Draws draws, String latent, int n, int q, int[][] pairs) {
        int[][] columns = new int[n][q];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < q; d++) {
                String name = latent + "." + (i + 1) + "." + (d + 1);
                columns[i][d] = draws.indexOf(name);
                if (columns[i][d] < 0) throw new IllegalArgumentException("the draws have no column " + name);
            }
        }
        List<String> names = new ArrayList<>(pairs.length);
        for (int[] pair : pairs) names.add("dist." + (pair[0] + 1) + "." + (pair[1] + 1));
        double[][][] out = new double[draws.chainCount()][][];
        for (int c = 0; c < out.length; c++) {
            out[c] = new double[draws.drawCount(c)][pairs.length];
            for (int s = 0; s < out[c].length; s++) {
                double[] row = draws.row(c, s);
                for (int k = 0; k < pairs.length; k++) out[c][s][k] = distance(row, columns[pairs[k][0]], columns[pairs[k][1]]);
            }
        }
        return new Draws(names, out);
    }

    private static double distance(double[] row, int[] a, int[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double diff = row[a[d]] - row[b[d]];
            s += diff * diff;
        }
        return Math.sqrt(s);
    }
}
