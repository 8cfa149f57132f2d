package org.ppl.infer.vi;

/**
 * Settings of ADVI, with Stan's defaults and names.
 *
 * @param family mean-field or full-rank Gaussian
 * @param optimizer Stan's adaptive step-size sequence, or Adam
 * @param gradSamples draws per gradient estimate ({@code grad_samples}, 1)
 * @param elboSamples draws per ELBO estimate ({@code elbo_samples}, 100)
 * @param evalElbo the ELBO is estimated every this many iterations ({@code eval_elbo}, 100)
 * @param eta step-size scale, used when {@code adaptEngaged} is false ({@code eta}, 1)
 * @param adaptEngaged search η ∈ {100, 10, 1, 0.1, 0.01} first ({@code adapt engaged}, true)
 * @param adaptIterations iterations per trial η ({@code adapt iter}, 50)
 * @param tolRelObj convergence on the mean or median relative ELBO change ({@code tol_rel_obj},
 *     0.01)
 * @param maxIterations iteration limit ({@code iter}, 10 000)
 * @param averageIterates report the average of the iterates over the last ELBO windows instead
 *     of the final iterate (not in Stan; off by default, see {@link IterateAverage})
 * @param startScale the standard deviation every coordinate starts with (Stan: 1; PyMC's
 *     {@code start_sigma}). A narrower start keeps the structure of a good initial point, such as
 *     a GP-LVM's PCA start, while the first noisy steps settle
 */
public record AdviOptions(Family family, Optimizer optimizer, int gradSamples, int elboSamples, int evalElbo,
        double eta, boolean adaptEngaged, int adaptIterations, double tolRelObj, int maxIterations, boolean averageIterates,
        double startScale) {

    public enum Family {
        MEANFIELD,
        FULLRANK
    }

    public enum Optimizer {
        /** Stan's: η k^{−1/2} over a running root-mean-square of the gradient. */
        STAN_ADAPTIVE,
        /** Adam with learning rate η. */
        ADAM
    }

    public AdviOptions {
        if (family == null || optimizer == null) throw new IllegalArgumentException("ADVI: family and optimizer are required");
        positive("grad_samples", gradSamples);
        positive("elbo_samples", elboSamples);
        positive("eval_elbo", evalElbo);
        positive("eta", eta);
        positive("adapt_iter", adaptIterations);
        positive("tol_rel_obj", tolRelObj);
        positive("iter", maxIterations);
        positive("start_scale", startScale);
        if (Double.isInfinite(startScale)) throw new IllegalArgumentException("ADVI: start_scale must be finite");
    }

    /** Stan's defaults with the given family. */
    public static AdviOptions defaults(Family family) {
        return new AdviOptions(family, Optimizer.STAN_ADAPTIVE, 1, 100, 100, 1.0, true, 50, 0.01, 10_000, false, 1.0);
    }

    public AdviOptions withOptimizer(Optimizer o) {
        return new AdviOptions(family, o, gradSamples, elboSamples, evalElbo, eta, adaptEngaged, adaptIterations,
                tolRelObj, maxIterations, averageIterates, startScale);
    }

    public AdviOptions withGradSamples(int n) {
        return new AdviOptions(family, optimizer, n, elboSamples, evalElbo, eta, adaptEngaged, adaptIterations,
                tolRelObj, maxIterations, averageIterates, startScale);
    }

    public AdviOptions withElboSamples(int n) {
        return new AdviOptions(family, optimizer, gradSamples, n, evalElbo, eta, adaptEngaged, adaptIterations,
                tolRelObj, maxIterations, averageIterates, startScale);
    }

    public AdviOptions withEvalElbo(int n) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, n, eta, adaptEngaged, adaptIterations,
                tolRelObj, maxIterations, averageIterates, startScale);
    }

    /** A fixed η, with the search switched off. */
    public AdviOptions withFixedEta(double e) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, e, false, adaptIterations,
                tolRelObj, maxIterations, averageIterates, startScale);
    }

    public AdviOptions withAdaptIterations(int n) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged, n,
                tolRelObj, maxIterations, averageIterates, startScale);
    }

    public AdviOptions withTolRelObj(double t) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged,
                adaptIterations, t, maxIterations, averageIterates, startScale);
    }

    public AdviOptions withMaxIterations(int n) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged,
                adaptIterations, tolRelObj, n, averageIterates, startScale);
    }

    public AdviOptions withAverageIterates(boolean average) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged,
                adaptIterations, tolRelObj, maxIterations, average, startScale);
    }

    public AdviOptions withStartScale(double scale) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged,
                adaptIterations, tolRelObj, maxIterations, averageIterates, scale);
    }

    /** A new, unfitted family of the chosen kind, starting at {@link #startScale}. */
    public VariationalFamily newFamily(int dimension) {
        return family == Family.FULLRANK ? new FullRankGaussian(dimension, startScale)
                : new MeanFieldGaussian(dimension, startScale);
    }

    private static void positive(String name, double v) {
        if (!(v > 0)) throw new IllegalArgumentException("ADVI: " + name + " is " + v + ", but must be positive");
    }
}
