package org.ppl.infer.vi;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ppl.model.Model;

/**
 * Automatic differentiation variational inference as Stan runs it (Kucukelbir, Tran, Ranganath,
 * Gelman and Blei, JMLR 18, 2017): a Gaussian on the unconstrained space fitted by stochastic
 * gradient ascent on the ELBO with reparameterisation gradients, the step-size scale η found by
 * {@link EtaAdaptation} (or given), the ELBO estimated every {@code eval_elbo} iterations, and
 * convergence when the mean or the median of the recent relative ELBO changes falls below
 * {@code tol_rel_obj}. A failure (a non-finite ELBO, parameters that overflow) stops the run
 * with a {@link VariationalException} saying where and what to try; a run that reaches the
 * iteration limit returns a result that says it did not converge.
 */
public final class Advi {
    /** Beyond 10 ELBO estimates, a mean or median relative change above this is suspicious. */
    private static final double DIVERGING = 0.5;
    /** A final ELBO this far (relatively) below the best one seen is reported. */
    private static final double BELOW_BEST = 0.05;

    private Advi() {}

    /** Fits the family named in {@code options} from the unconstrained point {@code init}. */
    public static AdviResult fit(Model model, double[] init, AdviOptions options, RandomGenerator rng,
            AdviListener listener) {
        return fit(model, options.newFamily(model.dimension()), init, options, rng, listener);
    }

    /**
     * Fits {@code family} (any implementation; the result owns it afterwards) from {@code init}.
     */
    public static AdviResult fit(Model model, VariationalFamily family, double[] init, AdviOptions options,
            RandomGenerator rng, AdviListener listener) {
        if (init.length != model.dimension() || family.dimension() != model.dimension()) {
            throw new IllegalArgumentException("ADVI: the model has " + model.dimension() + " unconstrained values; "
                    + "the initial point has " + init.length + " and the family " + family.dimension());
        }
        long start = System.nanoTime();
        ElboEstimator estimator = new ElboEstimator(model, rng);
        StepSizeSequence steps = StepSizeSequence.of(options.optimizer(), family.parameterCount());
        family.reset(init);
        double eta = options.eta();
        if (options.adaptEngaged()) eta = EtaAdaptation.adapt(estimator, family, steps, init, options, listener);
        Ascent ascent = new Ascent(estimator, family, steps, options, eta, listener);
        ascent.run();
        double elbo = ascent.trace.isEmpty() ? Double.NaN : ascent.trace.get(ascent.trace.size() - 1).elbo();
        if (options.averageIterates()) {
            ascent.average.average(family.parameters(), ascent.iteration);
            try {
                elbo = estimator.elbo(family, options.elboSamples());
            } catch (VariationalException e) {
                throw new VariationalException("ADVI: the average of the final iterates is not a usable approximation: "
                        + e.getMessage());
            }
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        return new AdviResult(model, family, eta, ascent.iteration, ascent.converged, elbo, List.copyOf(ascent.trace),
                List.copyOf(ascent.warnings), estimator.gradientEvaluations(), seconds);
    }

    /** The main loop of stochastic gradient ascent, with its convergence bookkeeping. */
    private static final class Ascent {
        private final ElboEstimator estimator;
        private final VariationalFamily q;
        private final StepSizeSequence steps;
        private final AdviOptions options;
        private final double eta;
        private final AdviListener listener;
        private final RelativeChangeWindow window;
        private final IterateAverage average;
        private final List<ElboEvaluation> trace = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private int iteration;
        private boolean converged;
        private double elboBest = Double.NEGATIVE_INFINITY;
        private long start;

        Ascent(ElboEstimator estimator, VariationalFamily q, StepSizeSequence steps, AdviOptions options, double eta,
                AdviListener listener) {
            this.estimator = estimator;
            this.q = q;
            this.steps = steps;
            this.options = options;
            this.eta = eta;
            this.listener = listener;
            this.window = RelativeChangeWindow.forRun(options.maxIterations(), options.evalElbo());
            this.average = new IterateAverage(window.capacity(), options.evalElbo(), q.parameterCount());
        }

        void run() {
            start = System.nanoTime();
            steps.restart();
            double[] gradient = new double[q.parameterCount()];
            double[] canonical = new double[q.parameterCount()];
            boolean more = true;
            while (more) {
                iteration++;
                try {
                    estimator.gradient(q, options.gradSamples(), gradient);
                } catch (VariationalException e) {
                    throw stopped(e.getMessage());
                }
                steps.update(q.parameters(), gradient, iteration, eta);
                if (!ElboEstimator.allFinite(q.parameters())) {
                    throw stopped("the variational parameters overflowed (eta = " + eta + ")");
                }
                if (options.averageIterates()) {
                    q.canonicalParameters(canonical);
                    average.add(canonical, iteration);
                }
                if (iteration % options.evalElbo() == 0) more = !evaluate();
                if (more && iteration >= options.maxIterations()) {
                    warnings.add("The maximum number of iterations (" + options.maxIterations() + ") was reached: "
                            + "ADVI did not converge, and the approximation is not guaranteed to be meaningful. "
                            + "Allow more iterations, or use NUTS.");
                    more = false;
                }
            }
        }

        /** Estimates the ELBO and tests convergence; true when converged. */
        private boolean evaluate() {
            double previous = trace.isEmpty() ? Double.NaN : trace.get(trace.size() - 1).elbo();
            double elbo;
            try {
                elbo = estimator.elbo(q, options.elboSamples());
            } catch (VariationalException e) {
                throw stopped(e.getMessage());
            }
            elboBest = Math.max(elboBest, elbo);
            double change = trace.isEmpty() ? 1.0 : Math.abs((previous - elbo) / elbo);
            window.add(change);
            double mean = window.mean();
            double median = window.median();
            ElboEvaluation e = new ElboEvaluation(iteration, elbo, change, mean, median,
                    (System.nanoTime() - start) * 1e-9);
            trace.add(e);
            listener.elboEvaluated(e);
            converged = mean < options.tolRelObj() || median < options.tolRelObj();
            if (!converged && iteration > 10 * options.evalElbo() && (mean > DIVERGING || median > DIVERGING)
                    && warnings.stream().noneMatch(w -> w.startsWith("ADVI may be diverging"))) {
                warnings.add("ADVI may be diverging: the relative ELBO changes stay above " + DIVERGING
                        + " after iteration " + iteration + "; inspect the ELBO trace.");
            }
            if (converged && Math.abs((elboBest - elbo) / elbo) > BELOW_BEST) {
                warnings.add("The ELBO at a previous iteration (" + elboBest + ") is larger than at convergence ("
                        + elbo + "): the approximation may not have converged to a good optimum.");
            }
            return converged;
        }

        private VariationalException stopped(String why) {
            return new VariationalException("ADVI stopped at iteration " + iteration + ": " + why + ". The model may "
                    + "be ill-conditioned at these values, or the step size too large: try a smaller fixed eta, other "
                    + "initial values, or NUTS.");
        }
    }
}
