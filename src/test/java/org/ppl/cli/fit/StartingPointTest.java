package org.ppl.cli.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.ppl.cli.CliTesting;
import org.ppl.cli.UserError;
import org.ppl.cli.load.LoadedModel;
import org.ppl.compiler.LatentInput;
import org.ppl.gp.lvm.Pca;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

class StartingPointTest {
    @Test
    void thePcaStartPutsTheLatentParameterAtThePrincipalComponentsAndTheRestAtZeroInitialisation() {
        LoadedModel loaded = CliTesting.smallGplvm();
        Model model = loaded.newModel();
        LatentInput latent = loaded.latent().orElseThrow();
        double[] start = model.constrain(StartingPoint.pca(model, RandomStream.of(9), latent));
        double[] scores = Pca.scores(latent.values(), 15, 4, 2, RandomStream.of(9));
        assertArrayEquals(scores, Arrays.copyOf(start, 30), 1e-12);
        // ls (2), eta, sigma: positive, so zero on the log scale: 1.
        assertArrayEquals(new double[] {1, 1, 1, 1}, Arrays.copyOfRange(start, 30, 34), 1e-12);
    }

    @Test
    void aLatentInputThatDoesNotFitTheModelIsSaid() {
        Model model = CliTesting.smallGplvm().newModel();
        LatentInput wrongRows = new LatentInput("X", "Y", new double[10 * 4], 10, 4);
        UserError e = assertThrows(UserError.class, () -> StartingPoint.pca(model, RandomStream.of(1), wrongRows));
        assertEquals("ppl: --init pca: a PCA start needs a latent parameter X with 10 rows (one per row of the data); "
                + "the model has 15 rows", e.getMessage());
        LatentInput missing = new LatentInput("Z", "Y", new double[15 * 4], 15, 4);
        e = assertThrows(UserError.class, () -> StartingPoint.pca(model, RandomStream.of(1), missing));
        assertEquals("ppl: --init pca: a PCA start needs a latent parameter Z with 15 rows (one per row of the data); "
                + "the model has none", e.getMessage());
    }
}
