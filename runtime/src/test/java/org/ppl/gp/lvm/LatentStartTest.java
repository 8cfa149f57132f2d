package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppl.examples.EightSchools;
import org.ppl.examples.Gplvm;
import org.ppl.examples.SparseGplvm;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

class LatentStartTest {
    private static final int N = 12, P = 3, Q = 2;

    private static double[] data() {
        SplittableRandom r = new SplittableRandom(9);
        double[] y = new double[N * P];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        return y;
    }

    @Test
    void latentFromPcaAndTheRestFromTheZeroInitialisation() {
        double[] y = data();
        Model model = TapeModel.of(new Gplvm(y, N, P, Q));
        double[] theta = LatentStart.pca(model, y, N, P, Map.of(), new SplittableRandom(1));
        double[] values = model.constrain(theta);
        double[] pca = Pca.scores(y, N, P, Q, new SplittableRandom(1));
        assertArrayEquals(pca, Arrays.copyOf(values, N * Q), 1e-12);
        // ls, eta, sigma are positive: the unconstrained 0 is the value 1.
        assertArrayEquals(new double[] {1, 1, 1, 1}, Arrays.copyOfRange(values, N * Q, N * Q + 4), 1e-12);
    }

    @Test
    void givenValuesOverrideTheDefaults() {
        double[] y = data();
        Model model = TapeModel.of(new Gplvm(y, N, P, Q));
        double[] theta = LatentStart.pca(model, y, N, P, Map.of("sigma", new double[] {0.2}, "ls", new double[] {0.5, 3}),
                new SplittableRandom(1));
        double[] values = model.constrain(theta);
        assertArrayEquals(new double[] {0.5, 3, 1, 0.2}, Arrays.copyOfRange(values, N * Q, N * Q + 4), 1e-12);
        assertEquals(Math.log(0.2), theta[N * Q + 3], 1e-12, "sigma's unconstrained value is its logarithm");
    }

    @Test
    void inducingInputsAreDistinctRowsOfTheLatentStart() {
        double[] y = data();
        int m = 5;
        Model model = TapeModel.of(new SparseGplvm(y, N, P, Q, m));
        double[] values = model.constrain(LatentStart.pca(model, y, N, P, Map.of(), new SplittableRandom(1)));
        Set<List<Double>> rows = new HashSet<>();
        for (int i = 0; i < N; i++) rows.add(List.of(values[i * Q], values[i * Q + 1]));
        Set<List<Double>> inducing = new HashSet<>();
        for (int k = 0; k < m; k++) {
            List<Double> row = List.of(values[N * Q + k * Q], values[N * Q + k * Q + 1]);
            assertTrue(rows.contains(row), "inducing input " + k + " is a latent point");
            inducing.add(row);
        }
        assertEquals(m, inducing.size(), "distinct");
    }

    @Test
    void sharedCarriesTheCommonParametersOfAFitOver() {
        double[] y = data();
        Model sparse = TapeModel.of(new SparseGplvm(y, N, P, Q, 4));
        Model exact = TapeModel.of(new Gplvm(y, N, P, Q));
        double[] fitted = new double[sparse.parameterSize()];
        for (int i = 0; i < fitted.length; i++) fitted[i] = 0.1 * (i + 1);
        Map<String, double[]> shared = LatentStart.shared(sparse, fitted, exact);
        assertEquals(Set.of("X", "ls", "eta", "sigma"), shared.keySet());
        double[] values = exact.constrain(LatentStart.of(exact, shared));
        int xu = 4 * Q;
        assertArrayEquals(Arrays.copyOf(fitted, N * Q), Arrays.copyOf(values, N * Q), 1e-12);
        assertArrayEquals(Arrays.copyOfRange(fitted, N * Q + xu, fitted.length), Arrays.copyOfRange(values, N * Q, N * Q + 4),
                1e-12);
    }

    @Test
    void mistakesAreNamed() {
        double[] y = data();
        Model model = TapeModel.of(new Gplvm(y, N, P, Q));
        String noLatent = assertThrows(IllegalArgumentException.class,
                () -> LatentStart.pca(TapeModel.of(new EightSchools()), y, N, P, Map.of(), new SplittableRandom(1))).getMessage();
        assertTrue(noLatent.contains("latent parameter X"), noLatent);
        String size = assertThrows(IllegalArgumentException.class,
                () -> LatentStart.pca(model, y, N, P, Map.of("ls", new double[] {1}), new SplittableRandom(1))).getMessage();
        assertTrue(size.startsWith("ls: "), size);
        String support = assertThrows(IllegalArgumentException.class,
                () -> LatentStart.pca(model, y, N, P, Map.of("sigma", new double[] {-1}), new SplittableRandom(1))).getMessage();
        assertTrue(support.contains("sigma"), support);
        assertThrows(IllegalArgumentException.class,
                () -> LatentStart.pca(model, y, N, P, Map.of("tau", new double[] {1}), new SplittableRandom(1)));
        assertNotEquals(0, model.dimension());
    }
}
