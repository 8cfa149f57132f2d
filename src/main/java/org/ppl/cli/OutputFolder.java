package org.ppl.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The folder a run writes into. A folder that exists is refused unless forced; files are written
 * under a temporary name and renamed when complete, so a reader never sees half a file.
 */
public final class OutputFolder {
    private final Path dir;

    private OutputFolder(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    /**
     * The folder for a run: {@code requested}, or a new {@code output/MODEL-yyyyMMdd-HHmmss[-k]}.
     *
     * @throws UserError if {@code requested} exists and {@code force} is false, or cannot be made
     */
    public static OutputFolder create(Path requested, String modelName, boolean force) {
        Path dir = requested;
        if (dir == null) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            dir = Path.of("output", modelName + "-" + stamp);
            for (int k = 2; Files.exists(dir); k++) dir = Path.of("output", modelName + "-" + stamp + "-" + k);
        } else if (Files.exists(dir) && !force) {
            throw new UserError("ppl: the output folder " + dir + " already exists; choose another with --output, "
                    + "or add --force to write into it");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError("ppl: cannot create the output folder " + dir + ": " + reason(e));
        }
        return new OutputFolder(dir);
    }

    /** Writes a whole file atomically: to a temporary name first, renamed when complete. */
    public void write(String fileName, WriterAction action) {
        Path target = dir.resolve(fileName);
        Path temp = dir.resolve("." + fileName + ".part");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                action.write(w);
            }
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write failed already; the message below says so.
            }
            throw new UserError("ppl: cannot write " + target + ": " + reason(e));
        }
    }

    /** Renames a finished temporary file over its final name. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (m != null && m.contains("No space left")) return "the disk is full";
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface WriterAction {
        void write(Writer w) throws IOException;
    }
}
