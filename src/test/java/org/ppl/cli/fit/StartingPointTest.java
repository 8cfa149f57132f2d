package org.ppl.cli.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;
import org.ppl.cli.CliTesting;
import org.ppl.cli.UserError;
import org.ppl.compiler.LatentInput;
import org.ppl.cli.load.LoadedModel;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

class StartingPointTest {
    /** Centres the columns of an n x p row-major matrix. */
    private static double[][] centred(double[] y, int n, int p) {
        double[][] c = new double[n][p];
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += y[i * p + j] / n;
            for (int i = 0; i < n; i++) c[i][j] = y[i * p + j] - mean;
        }
        return c;
    }

    @Test
    void scoresAreTheProjectionsOnTheCovariancesEigenvectorsScaledToUnitVariance() {
        int n = 15;
        int p = 4;
        double[] y = CliTesting.irisRows(List.of(0, 1, 2, 3, 4, 50, 51, 52, 53, 54, 100, 101, 102, 103, 104));
        double[] scores = PrincipalComponents.scores(y, n, p, 2);
        // Independently: the eigenvectors of the sample covariance, by Commons Math.
        RealMatrix yc = new Array2DRowRealMatrix(centred(y, n, p));
        RealMatrix cov = yc.transpose().multiply(yc).scalarMultiply(1.0 / (n - 1));
        EigenDecomposition eigen = new EigenDecomposition(cov);
        Integer[] order = {0, 1, 2, 3};
        Arrays.sort(order, (a, b) -> Double.compare(eigen.getRealEigenvalue(b), eigen.getRealEigenvalue(a)));
        for (int k = 0; k < 2; k++) {
            RealVector v = eigen.getEigenvector(order[k]);
            RealVector projected = yc.operate(v).mapDivide(Math.sqrt(eigen.getRealEigenvalue(order[k])));
            double sign = Math.signum(projected.getEntry(0) * scores[k]);
            for (int i = 0; i < n; i++) assertEquals(sign * projected.getEntry(i), scores[i * 2 + k], 1e-10);
            double variance = 0;
            for (int i = 0; i < n; i++) variance += scores[i * 2 + k] * scores[i * 2 + k] / (n - 1);
            assertEquals(1.0, variance, 1e-12);
        }
    }

    @Test
    void signsDoNotDependOnTheRowOrder() {
        double[] y = CliTesting.irisRows(List.of(0, 50, 100, 1, 51, 101));
        double[] swapped = CliTesting.irisRows(List.of(50, 0, 100, 1, 51, 101));
        double[] a = PrincipalComponents.scores(y, 6, 4, 2);
        double[] b = PrincipalComponents.scores(swapped, 6, 4, 2);
        assertArrayEquals(new double[] {a[0], a[1]}, new double[] {b[2], b[3]}, 1e-10);
    }

    @Test
    void componentsBeyondTheRankOfTheDataAreZero() {
        double[] y = {1, 2, 2, 4, 3, 6}; // 3 x 2 of rank 1
        double[] s = PrincipalComponents.scores(y, 3, 2, 2);
        for (int i = 0; i < 3; i++) assertEquals(0.0, s[i * 2 + 1], 0.0);
    }

    @Test
    void thePcaStartSetsOnlyTheLatentParameter() {
        LoadedModel loaded = CliTesting.smallGplvm();
        Model model = loaded.newModel();
        LatentInput latent = loaded.latent().orElseThrow();
        double[] random = model.constrain(StartingPoint.random(model, RandomStream.of(9)));
        double[] start = model.constrain(StartingPoint.pca(model, RandomStream.of(9), latent));
        double[] scores = PrincipalComponents.scores(latent.values(), 15, 4, 2);
        assertArrayEquals(scores, Arrays.copyOf(start, 30), 1e-12);
        assertArrayEquals(Arrays.copyOfRange(random, 30, random.length), Arrays.copyOfRange(start, 30, start.length),
                1e-12);
    }

    @Test
    void aLatentInputThatDoesNotFitTheModelIsSaid() {
        Model model = CliTesting.smallGplvm().newModel();
        LatentInput wrongRows = new LatentInput("X", "Y", new double[10 * 4], 10, 4);
        UserError e = assertThrows(UserError.class, () -> StartingPoint.pca(model, RandomStream.of(1), wrongRows));
        assertEquals("ppl: --init pca: X has shape (15, 2), not (10, Q) as the rows of Y need", e.getMessage());
        LatentInput missing = new LatentInput("Z", "Y", new double[15 * 4], 15, 4);
        e = assertThrows(UserError.class, () -> StartingPoint.pca(model, RandomStream.of(1), missing));
        assertEquals("ppl: --init pca: the model has no parameter Z", e.getMessage());
    }
}
