package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ppl.compiler.diag.Diagnostic;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.source.SourceFile;

/**
 * The golden suite of wrong programs: each file under {@code errors/} states the diagnostics it
 * must produce in {@code # expect: LINE:COL: message} comments, all of them, in order.
 */
class ErrorProgramsTest {
    static final Path ERRORS = Path.of("src/test/resources/errors");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(ERRORS)) {
            return s.filter(p -> p.toString().endsWith(".ppl")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWrongProgramGivesExactlyItsExpectedDiagnostics() throws IOException {
        return files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            String text = Files.readString(path);
            List<String> expected = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("# expect: ")) expected.add(line.substring("# expect: ".length()));
            }
            assertTrue(!expected.isEmpty(), "no expectation in " + path);
            Diagnostics diagnostics = new Diagnostics();
            Compiler.Compilation c = Compiler.compile(new SourceFile(path.getFileName().toString(), text), diagnostics);
            List<String> actual = new ArrayList<>();
            for (Diagnostic d : diagnostics.sorted()) actual.add(d.span().position() + ": " + d.message());
            assertEquals(String.join("\n", expected), String.join("\n", actual), diagnostics.render());
            assertTrue(!c.succeeded());
        }));
    }

    @TestFactory
    Stream<DynamicTest> suiteHasAtLeastFortyPrograms() throws IOException {
        int n = files().size();
        return Stream.of(DynamicTest.dynamicTest("count " + n, () -> assertTrue(n >= 40, "only " + n + " programs")));
    }
}
