package org.ppl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void anExistingFolderIsRefusedUnlessForced() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("run"));
        UserError e = assertThrows(UserError.class, () -> OutputFolder.create(dir, "m", false));
        assertEquals("ppl: the output folder " + dir + " already exists; choose another with --output, "
                + "or add --force to write into it", e.getMessage());
        assertEquals(dir, OutputFolder.create(dir, "m", true).path());
    }

    @Test
    void filesAppearOnlyWhenComplete() throws IOException {
        OutputFolder out = OutputFolder.create(tmp.resolve("new"), "m", false);
        assertThrows(UserError.class, () -> out.write("a.csv", w -> {
            w.write("half");
            throw new IOException("No space left on device");
        }));
        assertFalse(Files.exists(out.path().resolve("a.csv")));
        assertFalse(Files.exists(out.path().resolve(".a.csv.part")));
        out.write("a.csv", w -> w.write("whole\n"));
        assertEquals("whole\n", Files.readString(out.path().resolve("a.csv")));
    }

    @Test
    void aFullDiskIsSaidInWords() {
        UserError e = assertThrows(UserError.class, () -> OutputFolder.create(tmp, "m", true).write("b.csv", w -> {
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().endsWith(": the disk is full"), e.getMessage());
    }
}
