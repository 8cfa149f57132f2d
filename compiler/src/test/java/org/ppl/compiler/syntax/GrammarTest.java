package org.ppl.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ppl.compiler.source.SourceFile;

/**
 * The grammar needs no full-context prediction and has no ambiguity on real programs, so the fast
 * SLL mode always suffices for correct text (ANTLR reports both with exact ambiguity detection).
 */
class GrammarTest {
    private static List<Path> programs() throws Exception {
        Path resources = Path.of("src/test/resources");
        try (Stream<Path> models = Files.list(resources.resolve("models")); Stream<Path> valid = Files.list(resources.resolve("valid"))) {
            return Stream.concat(models, valid).filter(p -> p.toString().endsWith(".ppl")).sorted().toList();
        }
    }

    @Test
    void noAmbiguityAndNoFullContextPredictionOnValidPrograms() throws Exception {
        List<Path> files = programs();
        assertTrue(files.size() >= 7);
        for (Path p : files) {
            SourceFile source = new SourceFile(p.getFileName().toString(), Files.readString(p));
            assertEquals(List.of(), GrammarProbe.ambiguities(source), p.toString());
            assertTrue(GrammarProbe.parsesWithSllAlone(source), p.toString());
        }
    }

    @Test
    void constructsThatLookAlikeNeedNoFullContext() {
        String text = "data Q: int = 2 (lower=1)\ndata q: real (lower=0) = 1.5\nx = f(a=1, b=(2, 3), c=[4,])[0]\n"
                + "a, b = t\ns += 1\ny[0] ~ Normal(0, 1,)\ntarget += logp(Normal(0, 1), x)\n";
        SourceFile source = new SourceFile("t.ppl", text);
        assertEquals(List.of(), GrammarProbe.ambiguities(source));
        assertTrue(GrammarProbe.parsesWithSllAlone(source));
    }
}
