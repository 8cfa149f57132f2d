package org.ppl.diagnostics;

/**
 * Autocovariances of a sequence at every lag by FFT: zero-pad the centred sequence to at least
 * twice its length (so the circular correlation equals the linear one), take |X|^2 and transform
 * back. The estimate at lag t is sum_{i} (x_i - m)(x_{i+t} - m) / n, Geyer's (1992) "biased"
 * estimator, whose sequence is positive semi-definite.
 */
public final class Autocovariance {
    private Autocovariance() {}

    /** Autocovariances at lags 0 .. n-1. */
    public static double[] of(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        int size = Fft.powerOfTwoAtLeast(2 * n);
        double[] re = new double[size];
        double[] im = new double[size];
        for (int i = 0; i < n; i++) re[i] = x[i] - mean;
        Fft.transform(re, im);
        for (int k = 0; k < size; k++) {
            re[k] = re[k] * re[k] + im[k] * im[k];
            im[k] = 0;
        }
        // |X|^2 is real, so the real part of its forward transform equals size times its inverse.
        Fft.transform(re, im);
        double[] acov = new double[n];
        for (int t = 0; t < n; t++) acov[t] = re[t] / size / n;
        return acov;
    }

    /** Autocorrelations at lags 0 .. n-1 (lag 0 is 1); NaN for a constant sequence. */
    public static double[] correlation(double[] x) {
        double[] acov = of(x);
        double c0 = acov[0];
        for (int t = 0; t < acov.length; t++) acov[t] /= c0;
        return acov;
    }
}
