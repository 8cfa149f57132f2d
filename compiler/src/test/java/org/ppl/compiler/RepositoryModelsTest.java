package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every model bundled in the repository's {@code models/} folder parses and checks. */
class RepositoryModelsTest {
    @TestFactory
    Stream<DynamicTest> everyBundledModelChecks() throws IOException {
        Path models = Path.of("").toAbsolutePath().getParent().resolve("models");
        Assumptions.assumeTrue(Files.isDirectory(models), "no models folder beside the compiler module");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(models)) {
            files = walk.filter(p -> p.toString().endsWith(".ppl")).sorted().toList();
        }
        assertTrue(!files.isEmpty());
        return files.stream().map(p -> DynamicTest.dynamicTest(models.relativize(p).toString(),
                () -> Sources.compileClean(Sources.file(p))));
    }
}
