package org.ppl.infer.nuts;

/**
 * Warmup settings, named and defaulted as CmdStan's {@code adapt} group: target acceptance δ,
 * dual-averaging γ, κ, t0, and the metric windows (init buffer, terminal buffer, first window).
 */
public record AdaptationSettings(double delta, double gamma, double kappa, double t0, int initBuffer, int termBuffer,
        int window) {
    public AdaptationSettings {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("target acceptance must be in (0, 1), not " + delta);
        }
        if (!(gamma > 0)) throw new IllegalArgumentException("gamma must be positive, not " + gamma);
        if (!(kappa > 0)) throw new IllegalArgumentException("kappa must be positive, not " + kappa);
        if (!(t0 > 0)) throw new IllegalArgumentException("t0 must be positive, not " + t0);
        if (initBuffer < 0 || termBuffer < 0 || window < 0) {
            throw new IllegalArgumentException("adaptation buffers and window must be >= 0");
        }
    }

    /** δ = 0.8, γ = 0.05, κ = 0.75, t0 = 10, buffers 75 / 50, first window 25. */
    public static AdaptationSettings stanDefaults() {
        return new AdaptationSettings(0.8, 0.05, 0.75, 10, 75, 50, 25);
    }

    public AdaptationSettings withDelta(double targetAccept) {
        return new AdaptationSettings(targetAccept, gamma, kappa, t0, initBuffer, termBuffer, window);
    }

    public DualAveraging dualAveraging() {
        return new DualAveraging(delta, gamma, kappa, t0);
    }

    public WindowSchedule schedule(int warmup) {
        return WindowSchedule.stan(warmup, initBuffer, termBuffer, window);
    }
}
