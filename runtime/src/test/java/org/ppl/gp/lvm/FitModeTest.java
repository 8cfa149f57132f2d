package org.ppl.gp.lvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.examples.EightSchools;
import org.ppl.examples.Gplvm;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

class FitModeTest {
    @Test
    void stansTwoModesOnIrisAreToldApart() {
        FitMode noise = FitMode.of(0.05, 0.99);
        assertFalse(noise.structured());
        assertEquals("noise-only mode: eta ≈ 0.0500, sigma ≈ 0.990 — the latent space carries no structure", noise.describe());
        FitMode structured = FitMode.of(1.2, 0.3);
        assertTrue(structured.structured());
        assertEquals(1.44 / 1.53, structured.kernelShare(), 1e-12);
        assertEquals("structured mode: eta ≈ 1.20, sigma ≈ 0.300 — the kernel explains 94% of the variance",
                structured.describe());
    }

    @Test
    void readsEtaAndSigmaFromAModelsValues() {
        int n = 3;
        Model model = TapeModel.of(new Gplvm(new double[n * 2], n, 2, 2));
        double[] values = new double[model.parameterSize()];
        values[n * 2 + 2] = 0.02;
        values[n * 2 + 3] = 1.0;
        assertFalse(FitMode.of(model, values).structured());
        assertThrows(IllegalArgumentException.class, () -> FitMode.of(TapeModel.of(new EightSchools()), new double[10]));
    }
}
