package org.ppl.io.stancsv;

import org.ppl.infer.nuts.AdaptationSettings;
import org.ppl.infer.nuts.NutsSettings;

/**
 * The settings a Stan CSV file records in its header comments, as CmdStan lays them out for
 * {@code method = sample}: the model, the counts, the adaptation and NUTS settings, the chain id,
 * the init, the seed, and the data and output files (empty when none).
 */
public record StanCsvHeader(String model, NutsSettings settings, int chainId, long seed, String dataFile,
        String outputFile) {

    /** The comment lines, without the leading "# ". */
    public java.util.List<String> lines() {
        NutsSettings s = settings;
        AdaptationSettings a = s.adaptation();
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("model = " + model);
        out.add("method = sample");
        out.add("  sample");
        out.add("    num_samples = " + s.draws());
        out.add("    num_warmup = " + s.warmup());
        out.add("    save_warmup = 0");
        out.add("    thin = 1");
        out.add("    adapt");
        out.add("      engaged = " + (s.warmup() > 0 ? 1 : 0));
        out.add("      gamma = " + StanCsvNumbers.format(a.gamma()));
        out.add("      delta = " + StanCsvNumbers.format(a.delta()));
        out.add("      kappa = " + StanCsvNumbers.format(a.kappa()));
        out.add("      t0 = " + StanCsvNumbers.format(a.t0()));
        out.add("      init_buffer = " + a.initBuffer());
        out.add("      term_buffer = " + a.termBuffer());
        out.add("      window = " + a.window());
        out.add("    algorithm = hmc");
        out.add("      hmc");
        out.add("        engine = nuts");
        out.add("          nuts");
        out.add("            max_depth = " + s.maxDepth());
        out.add("        metric = " + s.metric().stanName());
        out.add("        stepsize = " + StanCsvNumbers.format(s.stepSize()));
        out.add("        stepsize_jitter = 0");
        out.add("id = " + chainId);
        out.add("data");
        out.add("  file = " + (dataFile == null ? "" : dataFile));
        out.add("init = " + (s.initialValues() != null ? "user" : StanCsvNumbers.format(s.initRadius())));
        out.add("random");
        out.add("  seed = " + seed);
        out.add("output");
        out.add("  file = " + (outputFile == null ? "" : outputFile));
        return out;
    }
}
