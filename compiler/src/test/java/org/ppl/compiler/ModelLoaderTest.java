package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/** The API the command line calls: loading with data and --set, checking without data, the report, the latent inputs. */
class ModelLoaderTest {
    private static final Path GPLVM = Models.repository().resolve("models/gplvm");
    private static final Path EIGHT = Models.repository().resolve("models/eight_schools");

    private static LoadedModel gplvm(Map<String, String> overrides) {
        DataSet iris = Models.data(GPLVM, List.of("Y=../data/iris.csv:sepal_length,sepal_width,petal_length,petal_width"), true);
        return Models.load(GPLVM.resolve("gplvm.ppl"), iris, overrides);
    }

    @Test
    void gplvmOnIrisReportsShapesByNameAndNumber() {
        LoadedModel m = gplvm(Map.of());
        assertEquals("gplvm", m.name());
        assertEquals(1, m.latentInputs().size());
        LatentInput latent = m.latentInputs().get(0);
        assertEquals("X", latent.parameter());
        assertEquals("Y", latent.data());
        assertEquals(150, latent.rows());
        assertEquals(4, latent.columns());
        double mean = 0;
        for (int i = 0; i < 150; i++) mean += latent.values()[i * 4 + 2];
        assertEquals(0.0, mean / 150, 1e-12, "the bound data are the standardised columns");
        ModelReport r = m.report();
        assertEquals("304", r.dimension());
        assertEquals(new ModelReport.Parameter("X", "(N, Q) = (150, 2)", "real", "X", "300"), r.parameters().get(0));
        assertEquals(new ModelReport.Parameter("ls", "(Q,) = (2,)", "positive (log)", "ls", "2"), r.parameters().get(1));
        assertEquals("(N, P) = (150, 4)", r.data().get(0).shape());
        assertEquals("2", r.data().get(1).value());
        assertEquals("the default", r.data().get(1).origin());
        assertEquals(List.of(new ModelReport.Observed("13:1", "Y ~ f.marginal_likelihood(X=X, noise=sigma)")), r.observed());
        assertEquals("N", r.sizes().get(0).name());
        assertEquals("150", r.sizes().get(0).value());
        String text = r.render();
        assertTrue(text.contains("  X      (N, Q) = (150, 2)  real            300\n"), text);
        assertTrue(text.contains("  13:1  Y ~ f.marginal_likelihood(X=X, noise=sigma)\n"), text);
    }

    @Test
    void setReplacesADefault() {
        LoadedModel m = gplvm(Map.of("Q", "3"));
        assertEquals(150 * 3 + 3 + 2, m.newModel().dimension());
        assertEquals("(N, Q) = (150, 3)", m.report().parameters().get(0).shape());
        assertEquals("--set Q=3", m.report().data().get(1).origin());
    }

    @Test
    void checkWithoutDataKeepsSizesSymbolic() {
        ModelLoader.Result<ModelReport> r = ModelLoader.check(Models.read(EIGHT.resolve("eight_schools.ppl")), "eight_schools.ppl");
        assertTrue(r.succeeded(), r.errors());
        ModelReport report = r.value();
        assertEquals("J + 2", report.dimension());
        assertEquals(new ModelReport.Parameter("theta_raw", "(J,)", "real", "theta_raw", "J"), report.parameters().get(2));
        assertEquals(new ModelReport.Saved("theta", "(J,)"), report.saved().get(0));
        ModelLoader.Result<ModelReport> gp = ModelLoader.check(Models.read(GPLVM.resolve("gplvm.ppl")), "gplvm.ppl");
        assertEquals("N*Q + Q + 2", gp.value().dimension());
        ModelReport gps = ModelLoader.check(Models.read(Path.of("src/test/resources/valid/gps.ppl")), "gps.ppl").value();
        assertEquals(java.util.Set.of("fs", "fnew", "mean_s", "var_s", "pred"), java.util.Set.copyOf(gps.predictive()));
        assertEquals(List.of(new ModelReport.Saved("f", "(N,)")), gps.saved());
        assertEquals("N + 5", gps.dimension());
    }

    @Test
    void errorsComeOutRenderedWithTheLineAndACaret() {
        ModelLoader.Result<LoadedModel> r = ModelLoader.load("mu ~ Normal(0, sigmma)\n", "m.ppl", DataSet.empty(), Map.of());
        assertFalse(r.succeeded());
        assertEquals("""
                m.ppl:1:16: error: unknown name 'sigmma'; did you mean 'digamma'?
                    1 | mu ~ Normal(0, sigmma)
                      |                ^^^^^^
                """, r.errors());
    }

    @Test
    void aCsvColumnBindsToAVectorAndUndeclaredKeysAreIgnored() {
        String model = "data y: vector[N]\nmu ~ Normal(0, 1)\ny ~ Normal(mu, 1)\n";
        DataSet data = DataSet.of(List.of(new DataValue("y", Shape.matrix(3, 1), new double[] {1, 2, 3}, true, null, null),
                new DataValue("unused", Shape.vector(2), new double[] {0, 0}, true, null, null)));
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(model, "m.ppl", data, Map.of());
        assertTrue(r.succeeded(), r.errors());
        Model m = r.value().newModel();
        // log N(y | mu, 1) + log N(mu | 0, 1) at mu = 0.5.
        double expected = -0.5 * (0.25 + 2.25 + 0.25 + 6.25) - 4 * 0.5 * Math.log(2 * Math.PI);
        assertEquals(expected, m.logDensity(new double[] {0.5}, true), 1e-12);
    }

    @Test
    void oneDefinitionServesModelsInParallelThreads() throws Exception {
        LoadedModel loaded = Models.load(EIGHT.resolve("eight_schools.ppl"), Models.data(EIGHT, List.of("data.json"), false));
        TapeModel a = loaded.newModel();
        TapeModel b = loaded.newModel();
        assertNotSame(a.tape(), b.tape());
        double[] theta = ModelGradients.randomPoint(a, 9, 1.0);
        double[] expected = new double[theta.length];
        a.logDensityGradient(theta, expected, true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<double[]>> results = pool.invokeAll(List.of(() -> gradient(loaded, theta), () -> gradient(loaded, theta)));
            for (Future<double[]> f : results) assertArrayEquals(expected, f.get(), 0.0);
        } finally {
            pool.shutdown();
        }
    }

    private static double[] gradient(LoadedModel loaded, double[] theta) {
        Model m = TapeModel.of(loaded.definition());
        double[] g = new double[theta.length];
        for (int i = 0; i < 200; i++) m.logDensityGradient(theta, g, true);
        return g;
    }
}
