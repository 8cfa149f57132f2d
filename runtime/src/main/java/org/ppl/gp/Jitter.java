package org.ppl.gp;

/**
 * What is added to the diagonal of a covariance before its Cholesky factorisation:
 * {@code absolute + relative * mean(diag K)}. Scaling with the kernel's own size keeps the same
 * setting sensible for kernels of any amplitude. The amount is part of the computed function: its
 * derivative (through mean(diag K)) is included in every adjoint.
 */
public record Jitter(double relative, double absolute) {
    /** 1e-6 times the mean diagonal. */
    public static final Jitter DEFAULT = new Jitter(1e-6, 0.0);
    public static final Jitter NONE = new Jitter(0.0, 0.0);

    public Jitter {
        if (!(relative >= 0) || !(absolute >= 0)) {
            throw new IllegalArgumentException("jitter must be non-negative: relative " + relative + ", absolute " + absolute);
        }
    }

    public static Jitter relative(double relative) {
        return new Jitter(relative, 0.0);
    }

    public static Jitter absolute(double absolute) {
        return new Jitter(0.0, absolute);
    }

    /** The amount for a matrix whose diagonal has this mean. */
    public double amount(double meanDiagonal) {
        return absolute + relative * meanDiagonal;
    }

    /** The amount for the n×n row-major matrix {@code k}. */
    public double amount(double[] k, int n) {
        if (relative == 0) return absolute;
        double trace = 0;
        for (int i = 0; i < n; i++) trace += k[i * n + i];
        return amount(trace / n);
    }
}
