package org.ppl.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ./ppl} command of the README, run by the built launcher in a subprocess from the
 * repository's root, in the README's order, so the README cannot drift from the code. The default
 * suite shortens sampling ({@code --warmup 30 --draws 30 --chains 2} after {@code sample}
 * commands) to stay within its time; {@code -Pvalidation} runs every command as written.
 */
class ReadmeIT {
    private static final String SHORT_SAMPLING = " --warmup 30 --draws 30 --chains 2";

    @Test
    void theReadmeStartsWithTheTwoCommands() throws IOException {
        String readme = Files.readString(ReadmeCommands.repositoryRoot().resolve("README.md"));
        List<String> blockLines = readme.lines().dropWhile(l -> !l.startsWith("```")).skip(1).limit(2).toList();
        assertTrue(blockLines.get(0).startsWith("./ppl sample gplvm"), blockLines.toString());
        assertEquals("mvn -B verify", blockLines.get(1), blockLines.toString());
        // CI runs the README's test command, exactly as written there.
        String ci = Files.readString(ReadmeCommands.repositoryRoot().resolve(".ci/run"));
        assertTrue(ci.lines().anyMatch(l -> l.equals(blockLines.get(1))), ci);
    }

    @Test
    void everyCommandRunsWithShortSampling() throws Exception {
        runAll(true);
    }

    @Test
    @Tag("validation")
    void everyCommandRunsAsWritten() throws Exception {
        runAll(false);
    }

    private static void runAll(boolean shortSampling) throws Exception {
        Path root = ReadmeCommands.repositoryRoot();
        List<String> commands = ReadmeCommands.in(Files.readString(root.resolve("README.md")));
        assertFalse(commands.isEmpty(), "the README has no ./ppl commands");
        Path runs = root.resolve("runs");
        Set<Path> outputsBefore = list(root.resolve("output"));
        delete(runs);
        try {
            for (String command : commands) {
                String line = shortSampling && command.startsWith("./ppl sample ") ? command + SHORT_SAMPLING : command;
                Result r = run(root, line);
                assertEquals(0, r.code, line + "\n--- stdout\n" + r.out + "\n--- stderr\n" + r.err);
                assertFalse(r.out.isBlank() && r.err.isBlank(), line + " printed nothing");
            }
        } finally {
            delete(runs);
            for (Path p : list(root.resolve("output"))) {
                if (!outputsBefore.contains(p)) delete(p);
            }
        }
    }

    private record Result(int code, String out, String err) {}

    private static Result run(Path root, String command) throws Exception {
        Path out = Files.createTempFile("ppl-readme", ".out");
        Path err = Files.createTempFile("ppl-readme", ".err");
        try {
            Process p = new ProcessBuilder("bash", "-c", command).directory(root.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish within an hour");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Set<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return Set.of();
        try (Stream<Path> s = Files.list(dir)) {
            return new HashSet<>(s.toList());
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
