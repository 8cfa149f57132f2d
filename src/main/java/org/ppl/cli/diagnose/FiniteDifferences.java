package org.ppl.cli.diagnose;

import java.util.ArrayList;
import java.util.List;
import org.ppl.model.Model;

/**
 * The model's gradient against finite differences of its log density, coordinate by coordinate,
 * as CmdStan's {@code diagnose} does: the sixth-order central difference
 * f'(x) ≈ (f(x+3h) − 9 f(x+2h) + 45 f(x+h) − 45 f(x−h) + 9 f(x−2h) − f(x−3h)) / (60 h)
 * (Fornberg 1988), with CmdStan's h = 1e-6. An error is flagged when |model − finite| exceeds
 * the threshold times max(1, |model gradient|), so large gradients are judged relatively.
 */
public final class FiniteDifferences {
    public static final double DEFAULT_EPSILON = 1e-6;
    public static final double DEFAULT_THRESHOLD = 1e-6;

    private FiniteDifferences() {}

    /** One unconstrained coordinate's comparison. */
    public record Comparison(String name, double value, double model, double finite, double error, boolean flagged) {}

    /** The log density at the point and every coordinate's comparison. */
    public record Result(double logDensity, List<Comparison> comparisons) {
        public long flaggedCount() {
            return comparisons.stream().filter(Comparison::flagged).count();
        }
    }

    public static Result compare(Model model, double[] theta, double epsilon, double threshold) {
        double[] grad = new double[theta.length];
        double lp = model.logDensityGradient(theta, grad);
        List<String> names = model.unconstrainedNames();
        double[] x = theta.clone();
        List<Comparison> out = new ArrayList<>(theta.length);
        for (int i = 0; i < theta.length; i++) {
            double finite = derivative(model, x, i, epsilon);
            double error = grad[i] - finite;
            boolean flagged = !(Math.abs(error) <= threshold * Math.max(1.0, Math.abs(grad[i])));
            out.add(new Comparison(names.get(i), theta[i], grad[i], finite, error, flagged));
        }
        return new Result(lp, out);
    }

    private static double derivative(Model model, double[] x, int i, double h) {
        double x0 = x[i];
        double[] weights = {-1, 9, -45, 45, -9, 1};
        int[] offsets = {-3, -2, -1, 1, 2, 3};
        double sum = 0;
        for (int k = 0; k < offsets.length; k++) {
            x[i] = x0 + offsets[k] * h;
            sum += weights[k] * model.logDensity(x);
        }
        x[i] = x0;
        return sum / (60 * h);
    }
}
