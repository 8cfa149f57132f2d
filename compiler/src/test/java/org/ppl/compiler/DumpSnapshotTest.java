package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Snapshots of {@code --dump ast} and {@code --dump ir} for the bundled models and the valid
 * programs. After a deliberate change of a printer, rewrite them with {@code
 * -Dsnapshots.update=true} and review the difference.
 */
class DumpSnapshotTest {
    private static final Path SNAPSHOTS = Sources.RESOURCES.resolve("snapshots");

    @TestFactory
    Stream<DynamicTest> dumpsMatchTheirSnapshots() {
        Stream<String> models = Sources.BUNDLED.stream().map(n -> "models/" + n);
        Stream<String> valid = Stream.of("valid/loops", "valid/gps", "valid/builtins");
        return Stream.concat(models, valid).flatMap(name -> Stream.of(Dumps.Stage.AST, Dumps.Stage.IR).map(stage ->
                DynamicTest.dynamicTest(name + " " + stage, () -> check(name, stage))));
    }

    private static void check(String name, Dumps.Stage stage) throws IOException {
        Compiler.Compilation c = Sources.compileClean(Sources.file(Sources.RESOURCES.resolve(name + ".ppl")));
        String actual = Dumps.dump(stage, c);
        Path snapshot = SNAPSHOTS.resolve(name.substring(name.indexOf('/') + 1) + "." + stage.name().toLowerCase());
        if (Boolean.getBoolean("snapshots.update")) Files.writeString(snapshot, actual);
        assertEquals(Files.readString(snapshot), actual, "dump differs from " + snapshot);
    }
}
