package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Goodness-of-fit checks for seeded draws. Tolerances come from the Monte Carlo error of the
 * sample itself (five standard errors), and tests of fit reject below p = 1e-3; with fixed seeds
 * the outcome is fixed, so a correct sampler passes every time.
 */
final class Statistics {
    static final double MINIMUM_P = 1e-3;
    static final double STANDARD_ERRORS = 5;

    private Statistics() {}

    /** The p-value of the Kolmogorov-Smirnov statistic of {@code sample} against {@code cdf}. */
    static double ksPValue(double[] sample, DoubleUnaryOperator cdf) {
        double[] x = sample.clone();
        Arrays.sort(x);
        int n = x.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(x[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        return 1 - new KolmogorovSmirnovTest().cdf(d, n);
    }

    static void assertFits(double[] sample, DoubleUnaryOperator cdf, String what) {
        double p = ksPValue(sample, cdf);
        assertTrue(p > MINIMUM_P, what + ": Kolmogorov-Smirnov p = " + p);
    }

    /** The mean within five standard errors of {@code mean}. */
    static void assertMean(double[] sample, double mean, String what) {
        int n = sample.length;
        double m = mean(sample);
        double var = centralMoment(sample, m, 2);
        double tolerance = STANDARD_ERRORS * Math.sqrt(var / n);
        assertTrue(Math.abs(m - mean) <= tolerance, what + ": mean " + m + ", expected " + mean + " +- " + tolerance);
    }

    /** The variance within five standard errors, from the sample's fourth central moment. */
    static void assertVariance(double[] sample, double variance, String what) {
        int n = sample.length;
        double m = mean(sample);
        double var = centralMoment(sample, m, 2) * n / (n - 1.0);
        double m4 = centralMoment(sample, m, 4);
        double tolerance = STANDARD_ERRORS * Math.sqrt(Math.max(m4 - var * var, 0) / n);
        assertTrue(Math.abs(var - variance) <= tolerance,
                what + ": variance " + var + ", expected " + variance + " +- " + tolerance);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    static double centralMoment(double[] x, double mean, int k) {
        double s = 0;
        for (double v : x) s += Math.pow(v - mean, k);
        return s / x.length;
    }

    /** A pmf of the counts 0, 1, 2, ... */
    interface Pmf {
        double probability(int k);
    }

    /**
     * Pearson's chi-squared test of integer draws against {@code pmf}: bins 0, 1, ... while the
     * expected count is at least 5 past the mode, the rest pooled into one tail bin.
     */
    static void assertFitsCounts(double[] sample, Pmf pmf, String what) {
        int n = sample.length;
        int max = 0;
        for (double v : sample) max = Math.max(max, (int) v);
        java.util.List<Double> expected = new java.util.ArrayList<>();
        java.util.List<Long> observed = new java.util.ArrayList<>();
        long[] counts = new long[max + 2];
        for (double v : sample) {
            assertTrue(v >= 0 && v == Math.rint(v), what + ": draw " + v + " is not a count");
            counts[(int) v]++;
        }
        double cumulative = 0;
        double binned = 0;
        long seen = 0;
        double pooledExpected = 0;
        long pooledObserved = 0;
        for (int k = 0; k <= max + 1; k++) {
            double e = n * pmf.probability(k);
            cumulative += e;
            pooledExpected += e;
            pooledObserved += counts[k];
            if (pooledExpected >= 5 && n - cumulative >= 5) {
                expected.add(pooledExpected);
                observed.add(pooledObserved);
                binned += pooledExpected;
                seen += pooledObserved;
                pooledExpected = 0;
                pooledObserved = 0;
            }
        }
        expected.add(n - binned);
        observed.add(n - seen);
        double[] e = new double[expected.size()];
        long[] o = new long[observed.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = expected.get(i);
            o[i] = observed.get(i);
        }
        double p = new ChiSquareTest().chiSquareTest(e, o);
        assertTrue(p > MINIMUM_P, what + ": chi-squared p = " + p + " over " + e.length + " bins");
    }
}
