package org.ppl.cli.fit;

import java.util.Locale;
import org.ppl.cli.Checks;
import org.ppl.infer.vi.AdviOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The ADVI settings of {@code ppl fit}, named and defaulted as CmdStan's {@code variational} arguments. */
public final class AdviSettings {
    @Option(names = "--tol-rel-obj", paramLabel = "X",
            description = "ADVI: convergence when the relative ELBO change falls below X (default ${DEFAULT-VALUE}).")
    double tolRelObj = 0.01;

    @Option(names = "--eta", paramLabel = "X", description = "ADVI: a fixed step-size scale (default: searched).")
    Double eta;

    @Option(names = "--grad-samples", paramLabel = "N",
            description = "ADVI: draws per gradient estimate (default ${DEFAULT-VALUE}).")
    int gradSamples = 1;

    @Option(names = "--elbo-samples", paramLabel = "N",
            description = "ADVI: draws per ELBO estimate (default ${DEFAULT-VALUE}).")
    int elboSamples = 100;

    @Option(names = "--eval-elbo", paramLabel = "N",
            description = "ADVI: estimate the ELBO every N iterations (default ${DEFAULT-VALUE}).")
    int evalElbo = 100;

    @Option(names = "--adapt-iter", paramLabel = "N",
            description = "ADVI: iterations per trial step size in the search (default ${DEFAULT-VALUE}).")
    int adaptIterations = 50;

    @Option(names = "--optimizer", paramLabel = "stan|adam",
            description = "ADVI: Stan's adaptive step-size sequence or Adam (default ${DEFAULT-VALUE}).")
    String optimizer = "stan";

    @Option(names = "--average-iterates", description = "ADVI: report the average of the iterates of the last ELBO "
            + "windows instead of the final iterate (less scatter from the noisy gradients).")
    boolean averageIterates;

    void validate(CommandSpec spec) {
        Checks.between(spec, "--tol-rel-obj", tolRelObj, 0, 1);
        if (eta != null) Checks.positive(spec, "--eta", eta);
        Checks.atLeast(spec, "--grad-samples", gradSamples, 1);
        Checks.atLeast(spec, "--elbo-samples", elboSamples, 1);
        Checks.atLeast(spec, "--eval-elbo", evalElbo, 1);
        Checks.atLeast(spec, "--adapt-iter", adaptIterations, 1);
        parseOptimizer(spec);
    }

    /** {@code base} with these settings. */
    AdviOptions applyTo(AdviOptions base) {
        AdviOptions o = base.withTolRelObj(tolRelObj).withGradSamples(gradSamples).withElboSamples(elboSamples)
                .withEvalElbo(evalElbo).withAdaptIterations(adaptIterations).withAverageIterates(averageIterates)
                .withOptimizer(optimizer.toLowerCase(Locale.ROOT).equals("adam") ? AdviOptions.Optimizer.ADAM
                        : AdviOptions.Optimizer.STAN_ADAPTIVE);
        return eta == null ? o : o.withFixedEta(eta);
    }

    private void parseOptimizer(CommandSpec spec) {
        String o = optimizer.toLowerCase(Locale.ROOT);
        if (!o.equals("stan") && !o.equals("adam")) {
            throw Checks.fail(spec, "--optimizer: unknown optimizer '" + optimizer + "': expected stan or adam");
        }
    }
}
