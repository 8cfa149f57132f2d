package org.ppl.infer.nuts;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Shape;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * Eight schools, non-centred (Rubin 1981; Gelman et al., BDA3 section 5.5):
 * μ ~ N(0, 5), τ ~ half-Cauchy(0, 5), θ̃_j ~ N(0, 1), θ_j = μ + τ θ̃_j, y_j ~ N(θ_j, σ_j).
 * Unconstrained (μ, log τ, θ̃); constrain gives μ, τ, θ̃ and θ (saved).
 */
final class EightSchoolsModel implements Model {
    static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};
    /** The classic data (Rubin 1981). */
    static final double[] Y = {28, 8, -3, 7, -1, 1, 18, 12};
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final double[] y;

    EightSchoolsModel(double[] y) {
        this.y = y.clone();
    }

    @Override
    public int dimension() {
        return 10;
    }

    @Override
    public List<Variable> variables() {
        return List.of(new Variable("mu", Shape.SCALAR, Variable.Kind.PARAMETER),
                new Variable("tau", Shape.SCALAR, Variable.Kind.PARAMETER),
                new Variable("theta_tilde", Shape.vector(8), Variable.Kind.PARAMETER),
                new Variable("theta", Shape.vector(8), Variable.Kind.SAVED));
    }

    @Override
    public List<String> unconstrainedNames() {
        List<String> names = new ArrayList<>(List.of("mu", "tau"));
        for (int j = 1; j <= 8; j++) names.add("theta_tilde." + j);
        return names;
    }

    @Override
    public double logDensity(double[] theta, boolean jacobian) {
        return logDensityGradient(theta, new double[10], jacobian);
    }

    @Override
    public double logDensityGradient(double[] x, double[] grad, boolean jacobian) {
        double mu = x[0];
        double u = x[1];
        double tau = Math.exp(u);
        double lp = -mu * mu / 50 - Math.log(5) - LOG_SQRT_2PI;
        grad[0] = -mu / 25;
        double t = tau / 5;
        lp += Math.log(2 / (Math.PI * 5)) - Math.log1p(t * t);
        double dTau = -2 * t / (5 * (1 + t * t));
        if (jacobian) lp += u;
        double dU = jacobian ? 1 : 0;
        for (int j = 0; j < 8; j++) {
            double tt = x[2 + j];
            lp += -0.5 * tt * tt - LOG_SQRT_2PI;
            double r = (y[j] - mu - tau * tt) / SIGMA[j];
            lp += -0.5 * r * r - Math.log(SIGMA[j]) - LOG_SQRT_2PI;
            grad[0] += r / SIGMA[j];
            grad[2 + j] = -tt + r / SIGMA[j] * tau;
            dTau += r / SIGMA[j] * tt;
        }
        grad[1] = dTau * tau + dU;
        return lp;
    }

    @Override
    public void constrain(double[] x, double[] out) {
        out[0] = x[0];
        out[1] = Math.exp(x[1]);
        for (int j = 0; j < 8; j++) {
            out[2 + j] = x[2 + j];
            out[10 + j] = x[0] + out[1] * x[2 + j];
        }
    }

    @Override
    public double[] unconstrain(double[] values) {
        double[] x = new double[10];
        x[0] = values[0];
        if (!(values[1] > 0)) throw new IllegalArgumentException("tau must be positive, not " + values[1]);
        x[1] = Math.log(values[1]);
        System.arraycopy(values, 2, x, 2, 8);
        return x;
    }

    @Override
    public Model copy() {
        return this;
    }
}
