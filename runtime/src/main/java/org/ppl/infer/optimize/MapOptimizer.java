package org.ppl.infer.optimize;

import org.ppl.model.Model;

/**
 * The posterior mode (MAP) of a model by L-BFGS on the unconstrained space. As Stan's {@code
 * optimize}, the density maximised leaves out the log |Jacobian| of the transforms by default,
 * so the result is the mode of the density of the constrained parameters (a scale parameter's
 * mode is that of its own density, not of its logarithm's); {@link LbfgsOptions#jacobian()}
 * includes it (the mode on the unconstrained space, the centre of a Laplace approximation).
 */
public final class MapOptimizer {
    private MapOptimizer() {}

    /** Maximises the log density of {@code model} from {@code init} (unconstrained). */
    public static MapResult optimize(Model model, double[] init, LbfgsOptions options, OptimizationListener listener) {
        if (init.length != model.dimension()) {
            throw new IllegalArgumentException("MAP: the initial point has " + init.length
                    + " unconstrained values; the model has " + model.dimension());
        }
        boolean jacobian = options.jacobian();
        DifferentiableFunction negativeLogDensity = (theta, gradient) -> {
            double lp = model.logDensityGradient(theta, gradient, jacobian);
            for (int i = 0; i < gradient.length; i++) gradient[i] = -gradient[i];
            return -lp;
        };
        LbfgsResult r;
        try {
            r = Lbfgs.minimize(negativeLogDensity, init, options, info -> listener.iteration(info.negated()));
        } catch (OptimizationException e) {
            String why = model.lastFailure();
            throw new OptimizationException(e.getMessage() + (why == null ? "" : " (" + why + ")"));
        }
        return new MapResult(r.point(), model.constrain(r.point()), -r.value(), jacobian, r.iterations(),
                r.evaluations(), r.reason());
    }

    public static MapResult optimize(Model model, double[] init) {
        return optimize(model, init, LbfgsOptions.defaults(), OptimizationListener.NONE);
    }
}
