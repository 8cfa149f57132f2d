package org.ppl.cli;

import java.util.ArrayList;
import java.util.List;
import org.ppl.cli.load.ModelRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that name a model and its data, shared by every command that runs a model. */
public final class ModelOptions {
    @Parameters(index = "0", paramLabel = "MODEL",
            description = "A .ppl file, or the name of a bundled model: gplvm, sparse_gplvm, ppca, gp_regression, "
                    + "sparse_gp, gp_classification, eight_schools.")
    String model;

    @Option(names = "--data", paramLabel = "FILE.json|NAME=FILE.csv[:col,...]",
            description = "Data: a CmdStan-style JSON file, or columns of a CSV file bound to NAME. Repeatable. "
                    + "A bundled model given none uses its own.")
    List<String> data = new ArrayList<>();

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "A number given or overridden on the command line, e.g. --set Q=3. Repeatable.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--standardize", description = "Standardise CSV data columns to mean 0 and sd 1.")
    boolean standardize;

    @Option(names = "--center", description = "Centre CSV data columns at mean 0, keeping their scale "
            + "(a zero-mean GP models centred data).")
    boolean center;

    public ModelRequest request() {
        return new ModelRequest(model, data, settings, standardize, center);
    }
}
