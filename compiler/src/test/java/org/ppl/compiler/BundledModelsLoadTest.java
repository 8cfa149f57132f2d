package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ppl.io.DataSet;
import org.ppl.model.Model;

/**
 * Every model of the repository's {@code models/NAME/} folders loads with the data its
 * {@code defaults.args} names, and has a finite log density whose gradient agrees with finite
 * differences at a random point.
 */
class BundledModelsLoadTest {
    /** The --data arguments and the --standardize flag of a defaults.args file. */
    record Defaults(List<String> data, boolean standardise) {
        static Defaults read(Path file) {
            List<String> tokens = new ArrayList<>();
            for (String line : Models.read(file).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) tokens.addAll(List.of(t.split("\\s+")));
            }
            List<String> data = new ArrayList<>();
            boolean standardise = false;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).equals("--data")) data.add(tokens.get(++i));
                else if (tokens.get(i).equals("--standardize")) standardise = true;
            }
            return new Defaults(data, standardise);
        }
    }

    static List<Path> folders() throws IOException {
        Path models = Models.repository().resolve("models");
        try (Stream<Path> s = Files.list(models)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("defaults.args"))
                    && Files.isRegularFile(p.resolve(p.getFileName() + ".ppl"))).sorted().toList();
        }
    }

    /** The model of {@code folder} loaded with its bundled data. */
    static LoadedModel load(Path folder) {
        Defaults d = Defaults.read(folder.resolve("defaults.args"));
        DataSet data = Models.data(folder, d.data(), d.standardise());
        return Models.load(folder.resolve(folder.getFileName() + ".ppl"), data);
    }

    @TestFactory
    Stream<DynamicTest> everyBundledModelLoadsAndHasAFiniteDensityWithTheRightGradient() throws IOException {
        List<Path> folders = folders();
        Assumptions.assumeTrue(!folders.isEmpty(), "no models with defaults.args");
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Model m = load(folder).newModel();
            assertTrue(m.dimension() > 0);
            double[] theta = ModelGradients.randomPoint(m, 41, 0.5);
            ModelGradients.assertGradient(m, theta, 1e-5, folder.getFileName().toString());
        }));
    }
}
