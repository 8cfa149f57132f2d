package org.ppl.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ppl.cli.BundledModels;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.CliTesting;

/**
 * {@code ppl check NAME --dump ast|ir} of every bundled model against the expected text in
 * {@code test/resources/org/ppl/cli/check/dumps/NAME.STAGE.txt} of this module. A change to a printer or a
 * stage shows here as a diff to review; after reviewing it, run the tests with
 * {@code -Dppl.snapshots.update=true} to write the new text.
 */
class DumpSnapshotTest {
    private static final String FOLDER = "org/ppl/cli/check/dumps/";

    @TestFactory
    List<DynamicTest> dumpsOfTheBundledModels() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : BundledModels.NAMES) {
            for (String stage : List.of("ast", "ir")) {
                tests.add(DynamicTest.dynamicTest(name + " " + stage, () -> compare(name, stage)));
            }
        }
        return tests;
    }

    private static void compare(String name, String stage) throws IOException {
        CliTesting.Run run = CliTesting.run(CliEnvironment.standard(), "check", name, "--dump", stage);
        assertEquals(0, run.code(), run.err());
        String file = name + "." + stage + ".txt";
        if (Boolean.getBoolean("ppl.snapshots.update")) {
            Path target = Path.of("test/resources", FOLDER, file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, run.out(), StandardCharsets.UTF_8);
            return;
        }
        try (var in = DumpSnapshotTest.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new AssertionError("no snapshot " + FOLDER + file + "; review the dump and write it with -Dppl.snapshots.update=true:\n" + run.out());
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), run.out(), name + " --dump " + stage);
        }
    }
}
