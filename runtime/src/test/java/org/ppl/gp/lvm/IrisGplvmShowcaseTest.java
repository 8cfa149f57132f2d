package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.model.Model;

/**
 * The GP-LVM on standardised iris (N = 150, Q = 2): from the PCA start, MAP and mean-field ADVI
 * find the structured mode and a latent space that separates the species at least as well as PCA
 * (leave-one-out 1-nearest-neighbour errors); from Stan's random starts, MAP ends far below, in the
 * noise-only mode or with the latent points scrambled and σ driven towards 0. Figures are printed with the prefix [showcase] (models/README.md).
 */
class IrisGplvmShowcaseTest {
    @Test
    void mapFromThePcaStartSeparatesTheSpeciesBetterThanPca() {
        Model model = IrisFits.model();
        int pca = IrisFits.pcaErrors();
        IrisFits.Fit fit = IrisFits.map(model, IrisFits.pcaStart(model));
        System.out.println("[showcase] iris PCA (2-D projection): " + pca + " errors");
        System.out.println(fit.line("MAP from PCA"));
        assertTrue(fit.mode().structured(), fit.line("MAP from PCA"));
        assertTrue(fit.errors() <= pca, fit.errors() + " errors against PCA's " + pca);
    }

    @Test
    void adviFromThePcaStartFindsTheStructuredModeAndBeatsPca() {
        Model model = IrisFits.model();
        int pca = IrisFits.pcaErrors();
        double[] start = IrisFits.pcaStart(model);
        for (long seed = 1; seed <= 3; seed++) {
            IrisFits.Fit fit = IrisFits.advi(model, start, seed, LatentStart.ADVI_START_SCALE);
            String line = fit.line("ADVI (mean-field, start scale 0.1) from PCA, seed " + seed);
            System.out.println(line);
            assertTrue(fit.mode().structured(), line);
            assertTrue(fit.errors() <= pca, line + " against PCA's " + pca);
        }
    }

    @Test
    void mapFromRandomStartsEndsFarBelowTheFitFromThePcaStart() {
        Model model = IrisFits.model();
        IrisFits.Fit fromPca = IrisFits.map(model, IrisFits.pcaStart(model));
        for (long seed = 1; seed <= 5; seed++) {
            IrisFits.Fit fit = IrisFits.map(model, IrisFits.randomStart(model, seed));
            String line = fit.line("MAP from Stan's random start, seed " + seed);
            System.out.println(line);
            assertTrue(fit.logDensity() < fromPca.logDensity() - 100, line);
            assertTrue(fit.errors() > fromPca.errors(), line);
        }
    }
}
