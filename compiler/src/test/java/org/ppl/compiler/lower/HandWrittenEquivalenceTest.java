package org.ppl.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.Models;
import org.ppl.examples.EightSchools;
import org.ppl.examples.Gplvm;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/**
 * The lowered bundled models equal the hand-written runtime models: same parameters in the same
 * order, and the same log density and gradient to 1e-10 (relative) at random points, with and
 * without the Jacobian.
 */
class HandWrittenEquivalenceTest {
    private static final double TOLERANCE = 1e-10;

    @Test
    void eightSchools() {
        Path dir = Models.repository().resolve("models/eight_schools");
        LoadedModel loaded = Models.load(dir.resolve("eight_schools.ppl"), Models.data(dir, List.of("data.json"), false));
        assertSame(TapeModel.of(new EightSchools()), loaded.newModel(), 11);
    }

    @Test
    void gplvmWithASmallY() {
        int n = 7, p = 3, q = 2;
        Random r = new Random(5);
        double[] y = new double[n * p];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        DataSet data = DataSet.of(List.of(new DataValue("Y", Shape.matrix(n, p), y, false, null, null)));
        LoadedModel loaded = Models.load(Models.repository().resolve("models/gplvm/gplvm.ppl"), data);
        assertSame(TapeModel.of(new Gplvm(y, n, p, q)), loaded.newModel(), 12);
    }

    private static void assertSame(Model expected, Model actual, long seed) {
        assertEquals(expected.dimension(), actual.dimension());
        assertEquals(expected.unconstrainedNames(), actual.unconstrainedNames());
        assertEquals(expected.variables(), actual.variables());
        Random r = new Random(seed);
        for (int trial = 0; trial < 20; trial++) {
            double[] theta = new double[expected.dimension()];
            for (int i = 0; i < theta.length; i++) theta[i] = r.nextGaussian();
            for (boolean jacobian : new boolean[] {true, false}) {
                double[] ge = new double[theta.length];
                double[] ga = new double[theta.length];
                double le = expected.logDensityGradient(theta, ge, jacobian);
                double la = actual.logDensityGradient(theta, ga, jacobian);
                assertClose(le, la, "log density");
                assertClose(le, actual.logDensity(theta, jacobian), "log density without gradient");
                for (int i = 0; i < theta.length; i++) assertClose(ge[i], ga[i], "gradient " + expected.unconstrainedNames().get(i));
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Double.isFinite(expected), what + " is not finite: " + expected);
        double scale = Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * scale, what + ": expected " + expected + " but was " + actual);
    }
}
