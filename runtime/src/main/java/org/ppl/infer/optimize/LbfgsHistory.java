package org.ppl.infer.optimize;

/**
 * The last m correction pairs (s, y) of L-BFGS and the two-loop recursion that applies the
 * inverse-Hessian approximation they define (Nocedal and Wright, Numerical Optimization, 2nd ed.,
 * Algorithm 7.4), with the initial matrix γI, γ = s'y / y'y of the newest pair (their eq. 7.20).
 * Storage is allocated once; a ring buffer keeps the newest pairs.
 */
final class LbfgsHistory {
    private final int dimension;
    private final double[][] s;
    private final double[][] y;
    private final double[] rho;
    private final double[] alpha;
    private int newest = -1;
    private int count;
    private double gamma = 1.0;

    LbfgsHistory(int dimension, int capacity) {
        this.dimension = dimension;
        this.s = new double[capacity][dimension];
        this.y = new double[capacity][dimension];
        this.rho = new double[capacity];
        this.alpha = new double[capacity];
    }

    int size() {
        return count;
    }

    void clear() {
        count = 0;
        newest = -1;
        gamma = 1.0;
    }

    /**
     * Adds the pair s = x_{k+1} − x_k, y = g_{k+1} − g_k. A pair without positive curvature
     * (s'y ≤ ε |s| |y|, possible only through rounding after a strong-Wolfe step) is skipped so
     * the approximation stays positive definite; returns whether it was kept.
     */
    boolean add(double[] xNew, double[] xOld, double[] gNew, double[] gOld) {
        int slot = (newest + 1) % s.length;
        double[] sk = s[slot];
        double[] yk = y[slot];
        double sy = 0;
        double yy = 0;
        double ss = 0;
        for (int i = 0; i < dimension; i++) {
            sk[i] = xNew[i] - xOld[i];
            yk[i] = gNew[i] - gOld[i];
            sy += sk[i] * yk[i];
            yy += yk[i] * yk[i];
            ss += sk[i] * sk[i];
        }
        if (!(sy > 1e-16 * Math.sqrt(ss * yy))) return false;
        rho[slot] = 1.0 / sy;
        gamma = sy / yy;
        newest = slot;
        if (count < s.length) count++;
        return true;
    }

    /** direction := −H g, with H the inverse-Hessian approximation (−γ g when empty). */
    void searchDirection(double[] g, double[] direction) {
        for (int i = 0; i < dimension; i++) direction[i] = -g[i];
        int capacity = s.length;
        for (int j = 0; j < count; j++) {
            int slot = (newest - j + capacity) % capacity;
            double a = rho[slot] * dot(s[slot], direction);
            alpha[slot] = a;
            axpy(-a, y[slot], direction);
        }
        for (int i = 0; i < dimension; i++) direction[i] *= gamma;
        for (int j = count - 1; j >= 0; j--) {
            int slot = (newest - j + capacity) % capacity;
            double b = rho[slot] * dot(y[slot], direction);
            axpy(alpha[slot] - b, s[slot], direction);
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) y[i] += a * x[i];
    }
}
