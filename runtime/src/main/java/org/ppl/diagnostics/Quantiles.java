package org.ppl.diagnostics;

import java.util.Arrays;

/** Sample quantiles by linear interpolation between order statistics (R's default, type 7). */
public final class Quantiles {
    private Quantiles() {}

    /** The p-quantile of {@code x} (not modified). */
    public static double of(double[] x, double p) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, p);
    }

    /** The p-quantile of sorted values: h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). */
    public static double ofSorted(double[] sorted, double p) {
        int n = sorted.length;
        if (n == 0) return Double.NaN;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) return sorted[n - 1];
        double frac = h - lo;
        return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }
}
