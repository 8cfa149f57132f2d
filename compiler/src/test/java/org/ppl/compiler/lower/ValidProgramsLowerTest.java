package org.ppl.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.ModelGradients;
import org.ppl.compiler.Models;
import org.ppl.gp.Prediction;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.model.Model;

/**
 * The programs of {@code valid/} that use every construct (built-in functions, loops and branches
 * with a user function, every GP construct) lower with synthetic data to models with a finite log
 * density and a gradient that agrees with finite differences.
 */
class ValidProgramsLowerTest {
    private static final java.nio.file.Path VALID = java.nio.file.Path.of("src/test/resources/valid");

    static DataValue value(String name, Shape shape, double... values) {
        boolean integer = true;
        for (double v : values) integer &= v == Math.rint(v);
        return new DataValue(name, shape, values, integer, null, null);
    }

    static double[] normal(int n, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextGaussian();
        return v;
    }

    private static Model load(String name, DataValue... values) {
        LoadedModel loaded = Models.load(VALID.resolve(name + ".ppl"), DataSet.of(List.of(values)));
        return loaded.newModel();
    }

    @Test
    void builtins() {
        Random r = new Random(1);
        int n = 5;
        Model m = load("builtins", value("N", Shape.SCALAR, n), value("y", Shape.vector(n), 0, 1, 1, 0, 1),
                value("Y", Shape.matrix(n, 3), normal(3 * n, r)));
        ModelGradients.assertGradient(m, ModelGradients.randomPoint(m, 2, 0.3), 1e-5, "builtins");
    }

    @Test
    void loopsBranchesAndAUserFunction() {
        Random r = new Random(3);
        int n = 6;
        double[] x = {0.5, -2.0, 0.3, -0.5, 1.2, -1.5};
        Model m = load("loops", value("N", Shape.SCALAR, n), value("x", Shape.vector(n), x), value("y", Shape.vector(n), normal(n, r)),
                value("K", Shape.SCALAR, 3), value("county", Shape.vector(n), 0, 2, 1, 1, 0, 2));
        double[] theta = ModelGradients.randomPoint(m, 4, 0.5);
        ModelGradients.assertGradient(m, theta, 1e-6, "loops");
        // The loop adds -(x_i - beta)^2/2 for x_i > 0, 0 for x_i < -1, log N(beta | 0, 1) otherwise.
        double beta = theta[3];
        double total = 0;
        for (double xi : x) total += xi;
        double[] saved = new double[m.variables().stream().mapToInt(v -> v.shape().size()).sum()];
        m.constrain(theta, saved);
        assertEquals(total * beta, saved[saved.length - 1], 1e-12);
    }

    @Test
    void gpConstructsAndPredictions() {
        Random r = new Random(5);
        int n = 6, s = 3;
        Model m;
        CompiledModel.Instance instance;
        LoadedModel loaded = Models.load(VALID.resolve("gps.ppl"), DataSet.of(List.of(value("X", Shape.matrix(n, 2), normal(2 * n, r)),
                value("y", Shape.vector(n), normal(n, r)), value("Xs", Shape.matrix(s, 2), normal(2 * s, r)))));
        m = loaded.newModel();
        ModelGradients.assertGradient(m, ModelGradients.randomPoint(m, 6, 0.3), 1e-5, "gps");
        List<String> names = new ArrayList<>();
        for (org.ppl.model.Variable v : m.variables()) names.add(v.name());
        // The whitened prior's free block is a parameter; f = L v is saved; the conditionals are not parameters.
        assertEquals(List.of("ls", "eta", "sigma", "c", "f_rotated_", "f"), names);
        instance = loaded.compiled().instantiate();
        List<String> predicted = new ArrayList<>();
        for (GpPrediction p : instance.lowered().predictions()) predicted.addAll(p.names());
        assertEquals(List.of("mean_s", "var_s", "fs", "fnew"), predicted);
        assertEquals(List.of("pred"), instance.lowered().deferredSaves());
        instance.model().logDensity(ModelGradients.randomPoint(instance.model(), 7, 0.3), true);
        for (GpPrediction p : instance.lowered().predictions()) {
            Prediction prediction = p.source().predict();
            assertEquals(s, prediction.points());
            for (double v : prediction.variance()) assertTrue(v > -1e-9, p.names() + " variance " + v);
        }
    }
}
