package org.ppl.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.ModelLoader;
import org.ppl.io.CsvSpec;
import org.ppl.io.DataSet;
import org.ppl.io.DataSources;

/**
 * A bundled model read from the repository's {@code models/NAME/} folder with the data its
 * {@code defaults.args} names (relative to that folder), as {@code ppl sample NAME} runs it.
 */
final class SamplingModels {
    private SamplingModels() {}

    static LoadedModel load(Path modelsFolder, String name) {
        Path folder = modelsFolder.resolve(name);
        List<String> data = new ArrayList<>();
        boolean standardise = false;
        List<String> args = defaultArguments(folder.resolve("defaults.args"));
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--standardize")) standardise = true;
            else if (args.get(i).equals("--data") && i + 1 < args.size()) data.add(resolve(folder, args.get(++i)));
        }
        DataSet bound = DataSources.readAll(data, standardise);
        Path model = folder.resolve(name + ".ppl");
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(read(model), model.getFileName().toString(), bound, Map.of());
        if (!r.succeeded()) throw new IllegalArgumentException(model + " does not load:\n" + r.errors());
        return r.value();
    }

    /** A data argument with its file made relative to the model's folder ({@code Y=../data/iris.csv:a,b}). */
    private static String resolve(Path folder, String argument) {
        if (!CsvSpec.looksLikeSpec(argument)) return folder.resolve(argument).normalize().toString();
        CsvSpec spec = CsvSpec.parse(argument);
        String columns = spec.columns().isEmpty() ? "" : ":" + String.join(",", spec.columns());
        return spec.name() + "=" + folder.resolve(spec.file()).normalize() + columns;
    }

    private static List<String> defaultArguments(Path file) {
        List<String> out = new ArrayList<>();
        for (String line : read(file).split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
