package org.ppl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledModelsTest {
    @Test
    void everyBundledModelAndItsDataAreOnTheClasspath() throws IOException {
        for (String name : BundledModels.NAMES) {
            BundledModels.Source s = BundledModels.find(name).orElseThrow(() -> new AssertionError(name));
            assertTrue(s.text().contains("~"), name);
            List<String> args = BundledModels.defaultArguments(s);
            assertEquals("--data", args.get(0), name);
            String file = args.get(1).contains("=") ? args.get(1).split("=", 2)[1].split(":")[0] : args.get(1);
            try (InputStream in = s.folder().open(file)) {
                assertTrue(in.read() >= 0, name + ": " + file);
            }
        }
    }

    @Test
    void pathsAreNormalised() {
        assertEquals("ppl/models/data/iris.csv", BundledModels.normalise("ppl/models/gplvm/../data/iris.csv"));
    }
}
