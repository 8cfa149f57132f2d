package org.ppl.infer.vi;

import java.util.random.RandomGenerator;
import org.ppl.model.Model;

/**
 * Monte Carlo estimates of the ELBO, E_q[log p(ζ)] + H[q], and of its reparameterisation
 * gradient, as Stan: draws where the model cannot be evaluated are dropped and redrawn, up to a
 * limit (the number of ELBO draws; ten times the number of gradient draws), beyond which the
 * estimate fails with a {@link VariationalException}.
 */
final class ElboEstimator {
    private static final int GRADIENT_RETRIES = 10;

    private final Model model;
    private final RandomGenerator rng;
    private final double[] eta;
    private final double[] zeta;
    private final double[] modelGradient;
    private long gradientEvaluations;
    private long densityEvaluations;

    ElboEstimator(Model model, RandomGenerator rng) {
        this.model = model;
        this.rng = rng;
        int n = model.dimension();
        this.eta = new double[n];
        this.zeta = new double[n];
        this.modelGradient = new double[n];
    }

    long gradientEvaluations() {
        return gradientEvaluations;
    }

    long densityEvaluations() {
        return densityEvaluations;
    }

    private void draw(VariationalFamily q) {
        for (int i = 0; i < eta.length; i++) eta[i] = rng.nextGaussian();
        q.transform(eta, zeta);
    }

    /** The ELBO of {@code q} from {@code samples} draws; finite, or an exception. */
    double elbo(VariationalFamily q, int samples) {
        double sum = 0;
        int dropped = 0;
        for (int i = 0; i < samples; ) {
            draw(q);
            densityEvaluations++;
            double lp = model.logDensity(zeta, true);
            if (Double.isFinite(lp)) {
                sum += lp;
                i++;
            } else if (++dropped >= samples) {
                throw new VariationalException("the ELBO cannot be estimated: " + dropped + " draws from the "
                        + "approximation gave a non-finite log density" + reason());
            }
        }
        double elbo = sum / samples + q.entropy();
        if (!Double.isFinite(elbo)) {
            throw new VariationalException("the ELBO is not finite (" + elbo + "; entropy of the approximation "
                    + q.entropy() + "): the approximation has collapsed or diverged");
        }
        return elbo;
    }

    /** Writes the gradient of the ELBO with respect to q's parameters into {@code gradient}. */
    void gradient(VariationalFamily q, int samples, double[] gradient) {
        java.util.Arrays.fill(gradient, 0.0);
        int dropped = 0;
        for (int i = 0; i < samples; ) {
            draw(q);
            gradientEvaluations++;
            double lp = model.logDensityGradient(zeta, modelGradient, true);
            if (Double.isFinite(lp) && allFinite(modelGradient)) {
                q.addDrawGradient(eta, modelGradient, gradient);
                i++;
            } else if (++dropped >= GRADIENT_RETRIES * samples) {
                throw new VariationalException("the ELBO gradient cannot be estimated: " + dropped + " draws from the "
                        + "approximation gave a non-finite log density or gradient" + reason());
            }
        }
        double scale = 1.0 / samples;
        for (int i = 0; i < gradient.length; i++) gradient[i] *= scale;
        q.addEntropyGradient(gradient);
    }

    private String reason() {
        String why = model.lastFailure();
        return why == null ? "" : " (last: " + why + ")";
    }

    static boolean allFinite(double[] v) {
        for (double e : v) {
            if (!Double.isFinite(e)) return false;
        }
        return true;
    }
}
