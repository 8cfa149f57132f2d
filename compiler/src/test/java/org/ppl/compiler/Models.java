package org.ppl.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ppl.io.DataSet;
import org.ppl.io.DataSources;

/** Test helper: loading models with data, and the repository's folders ({@code models/}, the shared data). */
public final class Models {
    private Models() {}

    /** The repository root: the first folder upwards holding a pom.xml with modules. */
    public static Path repository() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p = p.getParent();
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /**
     * The shared data folder beside the repository ({@code ../shared/data}), or the folder named by
     * the system property {@code ppl.shared.data} (for a checkout that lives elsewhere).
     */
    public static Path sharedData() {
        String override = System.getProperty("ppl.shared.data");
        return override != null ? Path.of(override) : repository().resolve("../shared/data").normalize();
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a model that must load; fails with the rendered errors otherwise. */
    public static LoadedModel load(Path model, DataSet data, Map<String, String> overrides) {
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(read(model), model.getFileName().toString(), data, overrides);
        if (!r.succeeded()) throw new AssertionError(model + " does not load:\n" + r.errors());
        return r.value();
    }

    public static LoadedModel load(Path model, DataSet data) {
        return load(model, data, Map.of());
    }

    /** Data read as the command line reads {@code --data} arguments, relative to {@code base}. */
    public static DataSet data(Path base, List<String> arguments, boolean standardise) {
        List<String> resolved = arguments.stream().map(a -> {
            int eq = a.indexOf('=');
            if (eq > 0 && a.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) return a.substring(0, eq + 1) + base.resolve(a.substring(eq + 1));
            return base.resolve(a).toString();
        }).toList();
        return DataSources.readAll(resolved, standardise);
    }
}
