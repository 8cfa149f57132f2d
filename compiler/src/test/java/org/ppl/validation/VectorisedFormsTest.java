package org.ppl.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.compiler.ModelGradients;
import org.ppl.compiler.Models;
import org.ppl.io.DataSet;
import org.ppl.io.DataSources;
import org.ppl.model.Model;

/**
 * The vectorised forms of arK and low_dim_gauss_mix (which the reference validation samples in
 * every build, being cheap) have the same log density and gradient as the forms written with
 * loops, which are checked against the densities written out by hand in
 * {@code PosteriordbModelsTest}.
 */
class VectorisedFormsTest {
    static final Path VECTORISED = Path.of("src/test/resources/validation");
    private static final double TOLERANCE = 1e-9;

    private static void assertSameDensity(String posterior, double scale) {
        Path db = ReferenceRun.posteriordb();
        DataSet data = DataSources.readAll(List.of(db.resolve(posterior + ".data.json").toString()), false);
        Model loops = Models.load(ReferencePosteriorTest.MODELS.resolve(posterior + ".ppl"), data).newModel();
        Model vectors = Models.load(VECTORISED.resolve(posterior + ".vectorised.ppl"), data).newModel();
        assertEquals(loops.unconstrainedNames(), vectors.unconstrainedNames());
        assertEquals(loops.constrainedNames(), vectors.constrainedNames());
        for (int trial = 0; trial < 5; trial++) {
            double[] theta = ModelGradients.randomPoint(loops, 100 + trial, scale);
            double[] gradLoops = new double[theta.length];
            double[] gradVectors = new double[theta.length];
            double expected = loops.logDensityGradient(theta, gradLoops, true);
            double actual = vectors.logDensityGradient(theta, gradVectors, true);
            assertTrue(Double.isFinite(expected), posterior + ": " + expected);
            assertClose(expected, actual, posterior + " log density");
            for (int i = 0; i < theta.length; i++) {
                assertClose(gradLoops[i], gradVectors[i], posterior + " gradient of " + loops.unconstrainedNames().get(i));
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)),
                what + ": expected " + expected + ", was " + actual);
    }

    @Test
    void arK() {
        assertSameDensity("arK-arK", 0.3);
    }

    @Test
    void lowDimensionalGaussianMixture() {
        assertSameDensity("low_dim_gauss_mix-low_dim_gauss_mix", 0.5);
    }
}
