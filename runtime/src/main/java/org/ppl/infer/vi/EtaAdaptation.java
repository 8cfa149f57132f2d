package org.ppl.infer.vi;

/**
 * The search for the step-size scale η at the start of ADVI. From the initial approximation it
 * runs {@code adapt_iter} iterations with each η of {100, 10, 1, 0.1, 0.01} (each from the start,
 * with a fresh gradient history) and keeps the η whose trial reached the best ELBO, provided it
 * beats the initial one. Stan instead stops at the first η whose ELBO is worse than the previous
 * η's: when η = 10 diverges it keeps η = 100 without looking further (on a four-coefficient
 * regression it did so for one seed in ten, and that run never converged). Trying every η costs
 * at most 100 more iterations. Divergence during a trial is not an error: that η is simply worse.
 * The trial ELBO is one noisy snapshot, so a large η is still chosen now and then by luck (2 to 4
 * seeds in 100 on that regression with ten gradient draws, none with one).
 */
final class EtaAdaptation {
    static final double[] SEQUENCE = {100, 10, 1, 0.1, 0.01};

    private EtaAdaptation() {}

    /** The chosen η; {@code q} is left at the start {@code init}. */
    static double adapt(ElboEstimator estimator, VariationalFamily q, StepSizeSequence steps, double[] init,
            AdviOptions options, AdviListener listener) {
        double elboInit;
        try {
            elboInit = estimator.elbo(q, options.elboSamples());
        } catch (VariationalException e) {
            throw new VariationalException("ADVI cannot start: at the initial approximation " + e.getMessage()
                    + ". The model may be severely ill-conditioned or misspecified; try other initial values");
        }
        double[] gradient = new double[q.parameterCount()];
        double elboBest = -Double.MAX_VALUE;
        double etaBest = 0;
        for (double eta : SEQUENCE) {
            steps.restart();
            for (int t = 1; t <= options.adaptIterations(); t++) {
                try {
                    estimator.gradient(q, options.gradSamples(), gradient);
                } catch (VariationalException e) {
                    java.util.Arrays.fill(gradient, 0.0);
                }
                steps.update(q.parameters(), gradient, t, eta);
            }
            double elbo = trialElbo(estimator, q, options);
            listener.etaTried(eta, elbo);
            q.reset(init);
            if (elbo > elboBest) {
                elboBest = elbo;
                etaBest = eta;
            }
        }
        if (elboBest > elboInit) return etaBest;
        throw new VariationalException("ADVI: every step size of the search (eta = 100, 10, 1, 0.1, 0.01) failed to "
                + "improve on the initial ELBO " + elboInit + ". The model may be severely ill-conditioned or "
                + "misspecified; try other initial values, a fixed smaller eta, or NUTS");
    }

    private static double trialElbo(ElboEstimator estimator, VariationalFamily q, AdviOptions options) {
        if (!ElboEstimator.allFinite(q.parameters())) return -Double.MAX_VALUE;
        try {
            return estimator.elbo(q, options.elboSamples());
        } catch (VariationalException e) {
            return -Double.MAX_VALUE;
        }
    }
}
