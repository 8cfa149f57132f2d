package org.ppl.diagnostics;

/** An in-place iterative radix-2 Cooley-Tukey fast Fourier transform of a complex sequence. */
final class Fft {
    private Fft() {}

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
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            double angle = -2 * Math.PI / len;
            for (int j = 0; j < half; j++) {
                // Each twiddle factor computed directly: no drift from a recurrence.
                double wr = Math.cos(angle * j);
                double wi = Math.sin(angle * j);
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
