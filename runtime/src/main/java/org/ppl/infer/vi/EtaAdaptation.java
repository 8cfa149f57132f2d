package org.ppl.infer.vi;

/**
 * Stan's heuristic search for the step-size scale η. From the initial approximation it runs
 * {@code adapt_iter} iterations with each η of {100, 10, 1, 0.1, 0.01} in turn (each time from
 * the start, with a fresh gradient history) and estimates the ELBO reached. It stops at the
 * first η whose ELBO is worse than the previous η's, provided that one beat the initial ELBO,
 * and keeps the previous η; if the sequence runs out, it keeps 0.01 when that beat the initial
 * ELBO. Under a unimodal ELBO(η) this is the best η of the sequence at a fraction of the cost of
 * trying all five. Divergence during a trial is not an error: that η is simply worse.
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
        for (int index = 0; index < SEQUENCE.length; index++) {
            double eta = SEQUENCE[index];
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
            if (elbo < elboBest && elboBest > elboInit) return etaBest;
            if (index < SEQUENCE.length - 1) {
                elboBest = elbo;
                etaBest = eta;
            } else if (elbo > elboInit) {
                return eta;
            }
        }
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
