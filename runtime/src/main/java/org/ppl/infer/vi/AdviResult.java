package org.ppl.infer.vi;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ppl.model.Model;

/**
 * A fitted ADVI approximation: the Gaussian on the unconstrained space, how the run went, and
 * draws through the model's transforms. Holds the model instance it was fitted with (use it from
 * one thread).
 */
public final class AdviResult {
    private final Model model;
    private final VariationalFamily family;
    private final double eta;
    private final int iterations;
    private final boolean converged;
    private final double elbo;
    private final List<ElboEvaluation> elboTrace;
    private final List<String> warnings;
    private final long gradientEvaluations;
    private final double seconds;

    AdviResult(Model model, VariationalFamily family, double eta, int iterations, boolean converged, double elbo,
            List<ElboEvaluation> elboTrace, List<String> warnings, long gradientEvaluations, double seconds) {
        this.model = model;
        this.family = family;
        this.eta = eta;
        this.iterations = iterations;
        this.converged = converged;
        this.elbo = elbo;
        this.elboTrace = elboTrace;
        this.warnings = warnings;
        this.gradientEvaluations = gradientEvaluations;
        this.seconds = seconds;
    }

    /** "meanfield" or "fullrank". */
    public String familyName() {
        return family.name();
    }

    /** The step-size scale used in the main loop (searched or given). */
    public double eta() {
        return eta;
    }

    /** Iterations of the main loop (the η search not counted). */
    public int iterations() {
        return iterations;
    }

    /** True when the relative ELBO change fell below {@code tol_rel_obj}. */
    public boolean converged() {
        return converged;
    }

    /** Every ELBO estimate of the main loop, in order. */
    public List<ElboEvaluation> elboTrace() {
        return elboTrace;
    }

    /**
     * The ELBO of the reported approximation: the last estimate of the main loop, or with {@code
     * averageIterates} a fresh estimate at the averaged parameters (NaN if there was none).
     */
    public double elbo() {
        return elbo;
    }

    /** Messages for a user: not converged, possibly diverging, a better ELBO seen earlier. */
    public List<String> warnings() {
        return warnings;
    }

    /** Model gradient evaluations, the η search included. */
    public long gradientEvaluations() {
        return gradientEvaluations;
    }

    /** Wall time of the whole fit. */
    public double seconds() {
        return seconds;
    }

    /** Mean of the approximation on the unconstrained space. */
    public double[] mean() {
        return family.mean();
    }

    /** Standard deviations on the unconstrained space. */
    public double[] standardDeviations() {
        return family.standardDeviations();
    }

    /** Covariance on the unconstrained space, row-major (diagonal for mean-field). */
    public double[] covariance() {
        return family.covariance();
    }

    /**
     * The lower-triangular scale L with covariance L L', row-major (diagonal for mean-field). As
     * Stan's, its diagonal may have either sign.
     */
    public double[] choleskyFactor() {
        return family.choleskyFactor();
    }

    /** The model's {@code constrain} of the mean (the first row Stan writes). */
    public double[] constrainedMean() {
        return model.constrain(family.mean());
    }

    /** {@code count} draws from the approximation, through the transforms, with log p and log q. */
    public ApproximateDraws draws(int count, RandomGenerator rng) {
        int n = family.dimension();
        double[][] unconstrained = new double[count][];
        double[][] constrained = new double[count][];
        double[] logDensity = new double[count];
        double[] logApproximation = new double[count];
        double[] eta = new double[n];
        for (int d = 0; d < count; d++) {
            for (int i = 0; i < n; i++) eta[i] = rng.nextGaussian();
            double[] zeta = new double[n];
            family.transform(eta, zeta);
            unconstrained[d] = zeta;
            constrained[d] = model.constrain(zeta);
            logDensity[d] = model.logDensity(zeta, true);
            logApproximation[d] = family.logDensity(eta);
        }
        return new ApproximateDraws(model.constrainedNames(), unconstrained, constrained, logDensity, logApproximation);
    }
}
