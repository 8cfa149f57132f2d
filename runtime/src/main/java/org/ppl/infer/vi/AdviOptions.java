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
 */
public record AdviOptions(Family family, Optimizer optimizer, int gradSamples, int elboSamples, int evalElbo,
        double eta, boolean adaptEngaged, int adaptIterations, double tolRelObj, int maxIterations, boolean averageIterates) {

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
    }

    /** Stan's defaults with the given family. */
    public static AdviOptions defaults(Family family) {
        return new AdviOptions(family, Optimizer.STAN_ADAPTIVE, 1, 100, 100, 1.0, true, 50, 0.01, 10_000, false);
    }

    public AdviOptions withOptimizer(Optimizer o) {
        return new AdviOptions(family, o, gradSamples, elboSamples, evalElbo, eta, adaptEngaged, adaptIterations,
                tolRelObj, maxIterations, averageIterates);
    }

    public AdviOptions withGradSamples(int n) {
        return new AdviOptions(family, optimizer, n, elboSamples, evalElbo, eta, adaptEngaged, adaptIterations,
                tolRelObj, maxIterations, averageIterates);
    }

    public AdviOptions withElboSamples(int n) {
        return new AdviOptions(family, optimizer, gradSamples, n, evalElbo, eta, adaptEngaged, adaptIterations,
                tolRelObj, maxIterations, averageIterates);
    }

    public AdviOptions withEvalElbo(int n) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, n, eta, adaptEngaged, adaptIterations,
                tolRelObj, maxIterations, averageIterates);
    }

    /** A fixed η, with the search switched off. */
    public AdviOptions withFixedEta(double e) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, e, false, adaptIterations,
                tolRelObj, maxIterations, averageIterates);
    }

    public AdviOptions withAdaptIterations(int n) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged, n,
                tolRelObj, maxIterations, averageIterates);
    }

    public AdviOptions withTolRelObj(double t) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged,
                adaptIterations, t, maxIterations, averageIterates);
    }

    public AdviOptions withMaxIterations(int n) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged,
                adaptIterations, tolRelObj, n, averageIterates);
    }

    public AdviOptions withAverageIterates(boolean average) {
        return new AdviOptions(family, optimizer, gradSamples, elboSamples, evalElbo, eta, adaptEngaged,
                adaptIterations, tolRelObj, maxIterations, average);
    }

    /** A new, unfitted family of the chosen kind. */
    public VariationalFamily newFamily(int dimension) {
        return family == Family.FULLRANK ? new FullRankGaussian(dimension) : new MeanFieldGaussian(dimension);
    }

    private static void positive(String name, double v) {
        if (!(v > 0)) throw new IllegalArgumentException("ADVI: " + name + " is " + v + ", but must be positive");
    }
}
