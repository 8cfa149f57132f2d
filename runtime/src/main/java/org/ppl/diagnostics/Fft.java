package org.ppl.diagnostics;

/** An in-place iterative radix-2 Cooley-Tukey fast Fourier transform of a complex sequence. */
final class Fft {
    /** cos and sin of -2 pi k / n for k < n/2, by size n; computed once, never changed. */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, double[][]> TWIDDLES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Fft() {}

    private static double[][] twiddles(int n) {
        return TWIDDLES.computeIfAbsent(n, size -> {
            double[] cos = new double[Math.max(1, size / 2)];
            double[] sin = new double[cos.length];
            for (int k = 0; k < size / 2; k++) {
                // Each factor computed directly: no drift from a recurrence.
                cos[k] = Math.cos(-2 * Math.PI * k / size);
                sin[k] = Math.sin(-2 * Math.PI * k / size);
            }
            return new double[][] {cos, sin};
        });
    }

    /** The smallest power of two >= n (and >= 1). */
    static int powerOfTwoAtLeast(int n) {
        int size = 1;
        while (size < n) size <<= 1;
        return size;
    }

    /**
     * Replaces (re, im) by its discrete Fourier transform X_k = sum_j x_j exp(-2 pi i j k / N). The
     * length N must be a power of two.
     */
    static void transform(double[] re, double[] im) {
        int n = re.length;
        if (Integer.bitCount(n) != 1 || im.length != n) {
            throw new IllegalArgumentException("FFT length must be a power of two, not " + n);
        }
        bitReverse(re, im);
        double[][] w = twiddles(n);
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            int stride = n / len;
            for (int j = 0; j < half; j++) {
                // exp(-2 pi i j / len) = exp(-2 pi i (j stride) / n)
                double wr = w[0][j * stride];
                double wi = w[1][j * stride];
                for (int start = 0; start < n; start += len) {
                    int a = start + j;
                    int b = a + half;
                    double tr = wr * re[b] - wi * im[b];
                    double ti = wr * im[b] + wi * re[b];
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    private static void bitReverse(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
    }
}
