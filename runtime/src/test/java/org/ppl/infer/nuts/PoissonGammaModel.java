package org.ppl.infer.nuts;

import java.util.List;
import org.ppl.ad.Shape;
import org.ppl.model.Variable;

/**
 * λ ~ Gamma(a, b) (rate b), y_i ~ Poisson(λ): the posterior is Gamma(a + Σy, b + n). Sampled on
 * θ = log λ, with the log-Jacobian θ: log p(θ) = (a + Σy) θ - (b + n) e^θ + const. Constrain
 * gives λ and a saved deterministic 2λ.
 */
final class PoissonGammaModel extends HandModel {
    final double shape;
    final double rate;

    PoissonGammaModel(double a, double b, int[] y) {
        super(1);
        double sum = 0;
        for (int v : y) sum += v;
        this.shape = a + sum;
        this.rate = b + y.length;
    }

    @Override
    public List<Variable> variables() {
        return List.of(new Variable("lambda", Shape.SCALAR, Variable.Kind.PARAMETER),
                new Variable("twice", Shape.SCALAR, Variable.Kind.SAVED));
    }

    @Override
    public List<String> unconstrainedNames() {
        return List.of("lambda");
    }

    @Override
    public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
        double lambda = Math.exp(theta[0]);
        double a = jacobian ? shape : shape - 1;
        grad[0] = a - rate * lambda;
        return a * theta[0] - rate * lambda;
    }

    @Override
    public void constrain(double[] theta, double[] out) {
        out[0] = Math.exp(theta[0]);
        out[1] = 2 * out[0];
    }

    @Override
    public double[] unconstrain(double[] values) {
        return new double[] {Math.log(values[0])};
    }
}
