package org.ppl.compiler.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.gp.Approximation;

/** The gp. tables against the language page and the runtime. */
class GpTableTest {
    @Test
    void approximationsAreTheRuntimes() {
        assertEquals(Arrays.stream(Approximation.values()).map(Enum::name).toList(), GpSignatures.APPROXIMATIONS);
    }

    @Test
    void theLanguagePageCovariancesAndMeansAreAllKnown() {
        assertEquals(List.of("ExpQuad", "Matern52", "Matern32", "Exponential", "RatQuad", "Periodic", "Linear", "Polynomial",
                "WhiteNoise", "Constant"), List.copyOf(GpSignatures.kernelNames()));
        assertEquals(List.of("Zero", "Constant", "Linear"), List.copyOf(GpSignatures.meanNames()));
        assertEquals(List.of("input_dim", "alpha", "ls"), GpSignatures.kernel("RatQuad").signature().names());
        assertEquals(List.of("sigma"), GpSignatures.kernel("WhiteNoise").signature().names());
        assertTrue(GpSignatures.ObjectKind.MARGINAL.signature().params().stream().allMatch(Param::keywordOnly));
    }
}
