package org.ppl.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
 * under a temporary name and renamed when complete, so a reader never sees half a file, and a
 * failed write (a full disk) leaves the files written before it whole.
 */
public final class OutputFolder {
    /** Opens files for writing: the file system, or in tests a disk that fills up. */
    @FunctionalInterface
    public interface Storage {
        Storage FILES = Files::newOutputStream;

        OutputStream open(Path path) throws IOException;
    }

    private final Path dir;
    private final Storage storage;

    private OutputFolder(Path dir, Storage storage) {
        this.dir = dir;
        this.storage = storage;
    }

    public Path path() {
        return dir;
    }

    /** As {@link #create(Path, String, boolean, Storage)} on the file system. */
    public static OutputFolder create(Path requested, String modelName, boolean force) {
        return create(requested, modelName, force, Storage.FILES);
    }

    /**
     * The folder for a run: {@code requested}, or a new {@code output/MODEL-yyyyMMdd-HHmmss[-k]}.
     *
     * @throws UserError if {@code requested} exists and {@code force} is false, or cannot be made
     */
    public static OutputFolder create(Path requested, String modelName, boolean force, Storage storage) {
        Path dir = requested;
        if (dir == null) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            dir = Path.of("output", modelName + "-" + stamp);
            for (int k = 2; Files.exists(dir); k++) dir = Path.of("output", modelName + "-" + stamp + "-" + k);
        } else if (Files.exists(dir) && !force) {
            throw new UserError("ppl: the output folder " + dir + " already exists; choose another with --output, "
                    + "or add --force to write into it");
        }
        return make(dir, storage);
    }

    /** A folder that may exist already (plots and summaries beside a finished run), made if missing. */
    public static OutputFolder existing(Path dir, Storage storage) {
        return make(dir, storage);
    }

    private static OutputFolder make(Path dir, Storage storage) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("ppl: " + dir + " is a file, not a folder; choose another with --output");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError("ppl: cannot create the output folder " + dir + ": " + reason(e));
        }
        return new OutputFolder(dir, storage);
    }

    /** Writes a whole text file atomically: to a temporary name first, renamed when complete. */
    public void write(String fileName, WriterAction action) {
        writeBytes(fileName, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            action.write(w);
            w.flush();
        });
    }

    /** Writes a whole binary file (an image) atomically. */
    public void writeBytes(String fileName, StreamAction action) {
        Path target = dir.resolve(fileName);
        Path temp = dir.resolve("." + fileName + ".part");
        try {
            try (OutputStream out = storage.open(temp)) {
                action.write(out);
            }
            moveIntoPlace(temp, target);
        } catch (IOException | java.io.UncheckedIOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write failed already; the message below says so.
            }
            IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
            throw new UserError("ppl: cannot write " + target + ": " + reason(cause));
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

    /** Writes the content of one text file. */
    @FunctionalInterface
    public interface WriterAction {
        void write(Writer w) throws IOException;
    }

    /** Writes the content of one binary file. */
    @FunctionalInterface
    public interface StreamAction {
        void write(OutputStream out) throws IOException;
    }
}
