package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.compiler.diag.Diagnostic;
import org.ppl.compiler.diag.DiagnosticRenderer;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.model.Model;

/**
 * Random mutations of models and of their data never make loading throw: the outcome is a model
 * (whose log density and gradient evaluate without an exception) or located diagnostics. Model
 * text is mutated token by token as in {@link MutationFuzzTest}; data by dropping an item, giving
 * it another shape, a NaN, or a real where an integer belongs. Seeded.
 */
class LoadFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.load.cases", 600);
    private static final Pattern TOKEN = Pattern.compile(
            "#[^\\n]*|\\n|[ \\t]+|[A-Za-z_][A-Za-z_0-9]*|[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|\"[^\"\\n]*\"|\\*\\*|//|[-+*/]=|[<>=!]=|.");
    private static final String[] VOCABULARY = {
        "(", ")", "[", "]", ",", ":", "+", "-", "*", "/", "//", "%", "@", "**", "<", "N", "J", "P", "Q", "M", "0", "1", "-1",
        "2", "2.5", "x", "y", "Y", "X", "sigma", "sum", "mean", "exp", "log", ".T", "[0]", "[:, 0]", "[1:]", "[None]",
        "shape=(N, Q)", "axis=0", "cholesky", "solve", "diag", "eye(N)", "reshape", "sqrt", "logp", "\n",
    };

    private record Seed(String text, DataSet data) {}

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        Path models = Models.repository().resolve("models");
        for (String name : List.of("eight_schools", "gp_regression", "sparse_gp", "gp_classification")) {
            Path folder = models.resolve(name);
            BundledModelsLoadTest.Defaults d = BundledModelsLoadTest.Defaults.read(folder.resolve("defaults.args"));
            seeds.add(new Seed(Models.read(folder.resolve(name + ".ppl")), Models.data(folder, d.data(), d.standardise())));
        }
        Random r = new Random(1);
        double[] y = new double[8 * 3];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        DataSet small = DataSet.of(List.of(new DataValue("Y", Shape.matrix(8, 3), y, false, null, null)));
        for (String name : List.of("gplvm", "ppca", "sparse_gplvm")) {
            seeds.add(new Seed(Models.read(models.resolve(name + "/" + name + ".ppl")), small));
        }
        Path valid = Path.of("src/test/resources/valid");
        double[] x = {0.5, -2.0, 0.3, -0.5, 1.2, -1.5};
        seeds.add(new Seed(Models.read(valid.resolve("builtins.ppl")), DataSet.of(List.of(value("N", Shape.SCALAR, 5),
                value("y", Shape.vector(5), 0, 1, 1, 0, 1), value("Y", Shape.matrix(5, 3), java.util.Arrays.copyOf(y, 15))))));
        seeds.add(new Seed(Models.read(valid.resolve("loops.ppl")), DataSet.of(List.of(value("N", Shape.SCALAR, 6),
                value("x", Shape.vector(6), x), value("y", Shape.vector(6), x), value("K", Shape.SCALAR, 3),
                value("county", Shape.vector(6), 0, 2, 1, 1, 0, 2)))));
        seeds.add(new Seed(Models.read(valid.resolve("gps.ppl")), DataSet.of(List.of(value("X", Shape.matrix(6, 2), java.util.Arrays.copyOf(y, 12)),
                value("y", Shape.vector(6), x), value("Xs", Shape.matrix(3, 2), java.util.Arrays.copyOf(y, 6))))));
        return seeds;
    }

    private static DataValue value(String name, Shape shape, double... values) {
        return new DataValue(name, shape, values, false, null, null);
    }

    @Test
    void mutatedModelsAndDataLoadOrGiveLocatedErrors() {
        List<Seed> seeds = seeds();
        Random random = new Random(Long.getLong("fuzz.seed", 20260202L));
        int loaded = 0;
        for (int k = 0; k < CASES; k++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            String text = seed.text();
            DataSet data = seed.data();
            if (random.nextBoolean()) text = mutate(text, random);
            else data = mutate(data, random);
            try {
                loaded += check(text, data, random.nextLong()) ? 1 : 0;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("case " + k + " threw on:\n" + text + "\nwith " + data, e);
            }
        }
        assertTrue(loaded > 0 && loaded < CASES, "mutations should sometimes keep a model loadable: " + loaded);
    }

    private static boolean check(String text, DataSet data, long seed) {
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(text, "fuzz.ppl", data, Map.of());
        if (r.succeeded()) {
            Model m = r.value().newModel();
            double[] theta = ModelGradients.randomPoint(m, seed, 0.5);
            m.logDensityGradient(theta, new double[theta.length], true);
            r.value().report().render();
            return true;
        }
        assertTrue(!r.diagnostics().isEmpty());
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(d.span() != null && d.span().start() >= 0 && d.span().end() <= text.length(), "unlocated: " + d.message());
            assertTrue(!d.message().isBlank());
            DiagnosticRenderer.render(d);
        }
        return false;
    }

    private static String mutate(String text, Random random) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        int i = random.nextInt(tokens.size());
        switch (random.nextInt(3)) {
            case 0:
                tokens.remove(i);
                break;
            case 1:
                tokens.set(i, VOCABULARY[random.nextInt(VOCABULARY.length)]);
                break;
            default:
                tokens.add(i, VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return String.join("", tokens);
    }

    private static DataSet mutate(DataSet data, Random random) {
        List<DataValue> values = new ArrayList<>(data.values());
        int i = random.nextInt(values.size());
        DataValue v = values.get(i);
        switch (random.nextInt(4)) {
            case 0:
                values.remove(i);
                break;
            case 1:
                double[] longer = java.util.Arrays.copyOf(v.values(), v.values().length + 1);
                values.set(i, new DataValue(v.name(), Shape.vector(longer.length), longer, v.integer(), null, null));
                break;
            case 2:
                double[] nan = v.values().clone();
                nan[random.nextInt(nan.length)] = Double.NaN;
                values.set(i, new DataValue(v.name(), v.shape(), nan, false, null, null));
                break;
            default:
                double[] real = v.values().clone();
                real[random.nextInt(real.length)] += 0.5;
                values.set(i, new DataValue(v.name(), v.shape(), real, false, null, null));
        }
        return DataSet.of(values);
    }
}
