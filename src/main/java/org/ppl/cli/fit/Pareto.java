package org.ppl.cli.fit;

import java.util.List;
import java.util.Locale;
import org.ppl.infer.vi.ApproximateDraws;
import org.ppl.infer.vi.ParetoSmoothing;

/** The PSIS Pareto k̂ of an approximation's draws, as a line for the user (and a warning above 0.7). */
final class Pareto {
    private Pareto() {}

    /** The line to print; a warning for {@code warnings} when k̂ is above 0.7. */
    static String report(ApproximateDraws draws, List<String> warnings) {
        ParetoSmoothing.Result p;
        try {
            p = draws.paretoSmoothing();
        } catch (IllegalArgumentException e) {
            warnings.add("No draw from the approximation has a finite log density under the model: the "
                    + "approximation is unusable. Use NUTS (ppl sample).");
            return "Pareto k: not computable.";
        }
        if (Double.isNaN(p.paretoK())) return "Pareto k: not estimable from these draws (too few, or bounded weights).";
        p.warning().ifPresent(warnings::add);
        return String.format(Locale.ROOT, "Pareto k = %.2f (PSIS, %d draws; reliable below %.1f).", p.paretoK(),
                draws.size(), ParetoSmoothing.K_THRESHOLD);
    }
}
