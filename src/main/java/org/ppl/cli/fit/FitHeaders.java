package org.ppl.cli.fit;

import java.util.ArrayList;
import java.util.List;
import org.ppl.infer.optimize.LbfgsOptions;
import org.ppl.infer.optimize.MapResult;
import org.ppl.infer.vi.AdviOptions;
import org.ppl.infer.vi.AdviResult;
import org.ppl.io.stancsv.StanCsvNumbers;

/** The header comments of {@code draws.csv}, nested as CmdStan's so Stan CSV readers find the settings. */
final class FitHeaders {
    private FitHeaders() {}

    static List<String> advi(FitRunner.Request r, AdviOptions o, AdviResult result, String data) {
        List<String> h = new ArrayList<>();
        h.add("model = " + r.model().name());
        h.add("method = variational");
        h.add("  variational");
        h.add("    algorithm = " + (o.family() == AdviOptions.Family.FULLRANK ? "fullrank" : "meanfield"));
        h.add("    optimizer = " + (o.optimizer() == AdviOptions.Optimizer.ADAM ? "adam" : "stan"));
        h.add("    iter = " + o.maxIterations());
        h.add("    grad_samples = " + o.gradSamples());
        h.add("    elbo_samples = " + o.elboSamples());
        h.add("    eta = " + StanCsvNumbers.format(result.eta()));
        h.add("    adapt");
        h.add("      engaged = " + (o.adaptEngaged() ? 1 : 0));
        h.add("      iter = " + o.adaptIterations());
        h.add("    tol_rel_obj = " + StanCsvNumbers.format(o.tolRelObj()));
        h.add("    eval_elbo = " + o.evalElbo());
        h.add("    average_iterates = " + (o.averageIterates() ? 1 : 0));
        h.add("    output_samples = " + r.draws());
        h.add("    converged = " + (result.converged() ? 1 : 0));
        h.add("    iterations = " + result.iterations());
        h.add("    elbo = " + StanCsvNumbers.format(result.elbo()));
        common(h, r, data);
        return h;
    }

    static List<String> map(FitRunner.Request r, LbfgsOptions o, MapResult result, String data) {
        List<String> h = new ArrayList<>();
        h.add("model = " + r.model().name());
        h.add("method = " + (r.laplace() ? "laplace" : "optimize"));
        h.add("  optimize");
        h.add("    algorithm = lbfgs");
        h.add("    jacobian = " + (o.jacobian() ? 1 : 0));
        h.add("    iter = " + o.maxIterations());
        h.add("    converged = " + (result.converged() ? 1 : 0));
        h.add("    iterations = " + result.iterations());
        if (r.laplace()) h.add("  draws = " + r.draws());
        common(h, r, data);
        return h;
    }

    private static void common(List<String> h, FitRunner.Request r, String data) {
        h.add("random");
        h.add("  seed = " + r.seed());
        h.add("init = " + (r.pcaStart() ? "pca" : "2"));
        h.add("data");
        h.add("  file = " + data);
    }
}
