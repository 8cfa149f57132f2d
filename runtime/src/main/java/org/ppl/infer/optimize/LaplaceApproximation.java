package org.ppl.infer.optimize;

import java.util.random.RandomGenerator;
import org.ppl.infer.vi.ApproximateDraws;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.TriangularKernels;
import org.ppl.model.Model;

/**
 * The Laplace approximation at a mode: the normal N(mode, (−H)⁻¹) on the unconstrained space,
 * with H the Hessian of the log density there, mapped through the model's transforms for draws.
 * H comes from central differences of the gradient, h = ε^{1/3} max(1, |θⱼ|) per coordinate
 * (the step that balances the O(h²) truncation against rounding), symmetrised. As Stan's {@code
 * laplace}, use the Hessian of the density whose mode was found: with the Jacobian term it
 * approximates the posterior of the unconstrained parameters.
 */
public final class LaplaceApproximation {
    private static final double STEP = Math.cbrt(Math.ulp(1.0));
    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final Model model;
    private final double[] mode;
    private final double[] hessian;
    /** Lower Cholesky factor L of −H = L L'; the covariance is L^{-T} L^{-1}. */
    private final double[] precisionFactor;
    private final double logDetPrecisionFactor;

    private LaplaceApproximation(Model model, double[] mode, double[] hessian, double[] precisionFactor) {
        this.model = model;
        this.mode = mode;
        this.hessian = hessian;
        this.precisionFactor = precisionFactor;
        int n = mode.length;
        double s = 0;
        for (int i = 0; i < n; i++) s += Math.log(precisionFactor[i * n + i]);
        this.logDetPrecisionFactor = s;
    }

    /** At the mode a MAP run found, with the Hessian of the density it maximised. */
    public static LaplaceApproximation at(Model model, MapResult map) {
        return at(model, map.unconstrained(), map.jacobian());
    }

    /**
     * At {@code mode} (unconstrained), with the Hessian of the log density with or without the
     * Jacobian term.
     *
     * @throws OptimizationException if the log density cannot be evaluated near the mode, or −H
     *     is not positive definite (a saddle point, a ridge, or not a mode)
     */
    public static LaplaceApproximation at(Model model, double[] mode, boolean jacobian) {
        int n = model.dimension();
        double[] h = hessian(model, mode, jacobian);
        double[] factor = new double[n * n];
        for (int i = 0; i < n * n; i++) factor[i] = -h[i];
        if (!CholeskyKernel.factor(factor, n)) {
            throw new OptimizationException("Laplace approximation: the Hessian of the log density at the mode is not "
                    + "negative definite, so there is no normal approximation here (the point may be a saddle point "
                    + "or lie on a ridge of the density, or not be a mode). Check that the optimisation converged, "
                    + "or use NUTS or ADVI");
        }
        return new LaplaceApproximation(model, mode.clone(), h, factor);
    }

    /** The Hessian of the log density at {@code theta} by central differences of the gradient. */
    static double[] hessian(Model model, double[] theta, boolean jacobian) {
        int n = theta.length;
        double[] h = new double[n * n];
        double[] x = theta.clone();
        double[] gPlus = new double[n];
        double[] gMinus = new double[n];
        for (int j = 0; j < n; j++) {
            double step = STEP * Math.max(1.0, Math.abs(theta[j]));
            x[j] = theta[j] + step;
            double up = model.logDensityGradient(x, gPlus, jacobian);
            x[j] = theta[j] - step;
            double down = model.logDensityGradient(x, gMinus, jacobian);
            x[j] = theta[j];
            if (!Double.isFinite(up) || !Double.isFinite(down)) {
                throw new OptimizationException("Laplace approximation: the log density cannot be evaluated within "
                        + step + " of the mode along " + model.unconstrainedNames().get(j));
            }
            for (int i = 0; i < n; i++) h[i * n + j] = (gPlus[i] - gMinus[i]) / (2 * step);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (h[i * n + j] + h[j * n + i]);
                h[i * n + j] = m;
                h[j * n + i] = m;
            }
        }
        return h;
    }

    public double[] mode() {
        return mode.clone();
    }

    /** The finite-difference Hessian, row-major. */
    public double[] hessian() {
        return hessian.clone();
    }

    /** (−H)⁻¹, row-major. */
    public double[] covariance() {
        int n = mode.length;
        double[] inverse = new double[n * n];
        TriangularKernels.invertLower(precisionFactor, n, inverse);
        double[] cov = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < n; k++) s += inverse[k * n + i] * inverse[k * n + j];
                cov[i * n + j] = s;
                cov[j * n + i] = s;
            }
        }
        return cov;
    }

    /** Square roots of the diagonal of the covariance. */
    public double[] standardDeviations() {
        int n = mode.length;
        double[] cov = covariance();
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) sd[i] = Math.sqrt(cov[i * n + i]);
        return sd;
    }

    /** {@code count} draws θ = mode + L^{-T} z, z standard normal, through the transforms. */
    public ApproximateDraws draws(int count, RandomGenerator rng) {
        int n = mode.length;
        double[][] unconstrained = new double[count][];
        double[][] constrained = new double[count][];
        double[] logDensity = new double[count];
        double[] logApproximation = new double[count];
        double[] z = new double[n];
        for (int d = 0; d < count; d++) {
            double squares = 0;
            for (int i = 0; i < n; i++) {
                z[i] = rng.nextGaussian();
                squares += z[i] * z[i];
            }
            double[] theta = z.clone();
            TriangularKernels.solveLowerTransposed(precisionFactor, n, theta, 1);
            for (int i = 0; i < n; i++) theta[i] += mode[i];
            unconstrained[d] = theta;
            constrained[d] = model.constrain(theta);
            logDensity[d] = model.logDensity(theta, true);
            logApproximation[d] = -0.5 * squares - 0.5 * n * LOG_TWO_PI + logDetPrecisionFactor;
        }
        return new ApproximateDraws(model.constrainedNames(), unconstrained, constrained, logDensity, logApproximation);
    }
}
