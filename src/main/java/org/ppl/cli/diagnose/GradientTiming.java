package org.ppl.cli.diagnose;

import java.util.Arrays;
import java.util.Locale;
import org.ppl.model.Model;

/**
 * The wall time of one log-density-and-gradient evaluation: the median over the later half of
 * repeated evaluations at one point (the first calls run before the JIT compiles the code, and a
 * busy machine adds outliers).
 */
public final class GradientTiming {
    private GradientTiming() {}

    /** The median time, in seconds. */
    public record Timing(double medianSeconds, int evaluations) {
        /**
         * CmdStan's estimate before sampling: "Gradient evaluation took 0.000123 seconds; 1000
         * transitions using 10 leapfrog steps per transition would take 1.23 seconds."
         */
        public String cmdStanSentence() {
            return String.format(Locale.ROOT, "Gradient evaluation took %s seconds; 1000 transitions using 10 leapfrog "
                    + "steps per transition would take %s seconds.", significant(medianSeconds),
                    significant(medianSeconds * 10_000));
        }
    }

    /**
     * Evaluates at {@code theta} at least {@code minEvaluations} times and then until {@code
     * budgetSeconds} have passed or {@code maxEvaluations} are done.
     */
    public static Timing measure(Model model, double[] theta, int minEvaluations, int maxEvaluations,
            double budgetSeconds) {
        double[] grad = new double[theta.length];
        double[] times = new double[maxEvaluations];
        long start = System.nanoTime();
        int n = 0;
        while (n < maxEvaluations && (n < minEvaluations || (System.nanoTime() - start) * 1e-9 < budgetSeconds)) {
            long t0 = System.nanoTime();
            model.logDensityGradient(theta, grad);
            times[n++] = (System.nanoTime() - t0) * 1e-9;
        }
        // The first evaluations run before the JIT has compiled the code: only the later half counts.
        double[] used = Arrays.copyOfRange(times, n / 2, n);
        n = used.length;
        Arrays.sort(used);
        double median = n % 2 == 1 ? used[n / 2] : 0.5 * (used[n / 2 - 1] + used[n / 2]);
        return new Timing(median, used.length);
    }

    /** Three significant digits, in plain notation for times people read ({@code 0.000123}, {@code 1.23}). */
    static String significant(double seconds) {
        if (seconds <= 0) return "0";
        java.math.BigDecimal d = new java.math.BigDecimal(seconds).round(new java.math.MathContext(3));
        return d.stripTrailingZeros().toPlainString();
    }
}
