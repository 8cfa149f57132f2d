package org.ppl.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a run writes, and how much it says while it runs. */
public final class OutputOptions {
    @Option(names = "--output", paramLabel = "DIR",
            description = "The folder to write (default: a new folder under output/). An existing folder is refused "
                    + "unless --force is given.")
    Path output;

    @Option(names = "--force", description = "Write into the --output folder even if it exists.")
    boolean force;

    @Option(names = "--quiet", description = "No progress output; only the results and warnings.")
    boolean quiet;

    public boolean quiet() {
        return quiet;
    }

    /** The run's folder, made now (refused if it exists and --force is not given). */
    public OutputFolder folder(String modelName, CliEnvironment env) {
        return OutputFolder.create(output, modelName, force, env.storage());
    }
}
