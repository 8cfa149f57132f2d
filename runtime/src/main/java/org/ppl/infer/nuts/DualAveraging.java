package org.ppl.infer.nuts;

/**
 * Nesterov dual averaging of log step size (Hoffman and Gelman 2014, section 3.2.1), with Stan's
 * parameters and order of updates ({@code stepsize_adaptation}): after each iteration with
 * acceptance statistic a (capped at 1),
 * <pre>
 *   s̄ = (1 - 1/(t + t0)) s̄ + (δ - a) / (t + t0)
 *   x = μ - s̄ √t / γ,          step size = exp(x)
 *   x̄ = (1 - t^-κ) x̄ + t^-κ x, final step size = exp(x̄)
 * </pre>
 */
public final class DualAveraging {
    private final double delta;
    private final double gamma;
    private final double kappa;
    private final double t0;
    private double mu;
    private int counter;
    private double sBar;
    private double xBar;

    public DualAveraging(double delta, double gamma, double kappa, double t0) {
        this.delta = delta;
        this.gamma = gamma;
        this.kappa = kappa;
        this.t0 = t0;
    }

    /** Stan's defaults: δ = 0.8, γ = 0.05, κ = 0.75, t0 = 10. */
    public static DualAveraging stanDefaults() {
        return new DualAveraging(0.8, 0.05, 0.75, 10);
    }

    /** The point log step sizes are shrunk towards; Stan uses log(10 ε). */
    public void setMu(double mu) {
        this.mu = mu;
    }

    /** Forgets the iterations so far (after the metric changes). */
    public void restart() {
        counter = 0;
        sBar = 0;
        xBar = 0;
    }

    /** Iterations since the last restart. */
    public int iterations() {
        return counter;
    }

    /** Learns from one acceptance statistic; returns the step size to use next. */
    public double learn(double acceptStat) {
        counter++;
        double a = acceptStat > 1 ? 1 : acceptStat;
        double eta = 1.0 / (counter + t0);
        sBar = (1.0 - eta) * sBar + eta * (delta - a);
        double x = mu - sBar * Math.sqrt(counter) / gamma;
        double xEta = Math.pow(counter, -kappa);
        xBar = (1.0 - xEta) * xBar + xEta * x;
        return Math.exp(x);
    }

    /** exp(x̄): the step size to sample with once warmup ends. */
    public double finalStepSize() {
        return Math.exp(xBar);
    }
}
