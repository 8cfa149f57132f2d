package org.ppl.cli.load;

import java.util.List;

/**
 * What the command line says about the model to load.
 *
 * @param model a {@code .ppl} file or a bundled model's name
 * @param data the {@code --data} arguments in order ({@code FILE.json} or {@code NAME=FILE.csv[:cols]})
 * @param settings the {@code --set NAME=VALUE} arguments in order
 * @param standardize whether CSV columns are standardised ({@code --standardize})
 * @param center whether CSV columns are centred, their scale kept ({@code --center})
 */
public record ModelRequest(String model, List<String> data, List<String> settings, boolean standardize,
        boolean center) {
    public ModelRequest {
        data = List.copyOf(data);
        settings = List.copyOf(settings);
    }

    public ModelRequest(String model, List<String> data, List<String> settings, boolean standardize) {
        this(model, data, settings, standardize, false);
    }

    /** A request for {@code model} with nothing else. */
    public static ModelRequest of(String model) {
        return new ModelRequest(model, List.of(), List.of(), false);
    }
}
