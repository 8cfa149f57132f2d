package org.ppl.cli.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ppl.cli.UserError;
import org.ppl.infer.Draws;
import org.ppl.io.stancsv.StanCsvFile;
import org.ppl.io.stancsv.StanCsvReader;

/**
 * The draws of a finished run, read back from its folder: the chains of {@code ppl sample}
 * ({@code chain-K.csv}), the draws of {@code ppl fit} ({@code draws.csv}), or CmdStan's own Stan
 * CSV files (any {@code .csv} whose header says {@code method = sample}). A single Stan CSV file
 * may also be named.
 */
public final class RunFiles {
    private static final Pattern CHAIN = Pattern.compile("chain-(\\d+)\\.csv");

    private RunFiles() {}

    /**
     * A run read back.
     *
     * @param folder where its files are
     * @param kind what its draws are
     * @param draws the draws, a chain per file
     * @param files the files read, in chain order
     * @param method the header's {@code method} ({@code sample}, {@code variational}, {@code optimize},
     *     {@code laplace})
     * @param maxDepth NUTS's maximum tree depth (10 when the header does not say)
     */
    public record Run(Path folder, DrawsKind kind, Draws draws, List<Path> files, String method, int maxDepth) {}

    public static Run read(Path path) {
        if (!Files.exists(path)) throw new UserError("ppl: " + path + ": no such file or folder");
        if (Files.isRegularFile(path)) return fromFiles(path.toAbsolutePath().getParent(), List.of(path));
        List<Path> chains = chainFiles(path);
        if (!chains.isEmpty()) return fromFiles(path, chains);
        Path draws = path.resolve("draws.csv");
        if (Files.exists(draws)) return fromFiles(path, List.of(draws));
        List<Path> others = sampleFiles(path);
        if (!others.isEmpty()) return fromFiles(path, others);
        throw new UserError("ppl: " + path + " holds no draws: no chain-K.csv (ppl sample), draws.csv (ppl fit) or "
                + "other Stan CSV files");
    }

    private static Run fromFiles(Path folder, List<Path> paths) {
        List<StanCsvFile> files = new ArrayList<>();
        for (Path p : paths) files.add(readFile(p));
        Draws draws;
        try {
            draws = StanCsvFile.draws(files);
        } catch (IllegalArgumentException e) {
            throw new UserError("ppl: " + folder + ": the files do not belong to one run: " + e.getMessage());
        }
        String method = files.get(0).setting("method");
        method = method == null ? "sample" : method;
        DrawsKind kind = method.equals("sample") ? DrawsKind.MCMC : draws.totalDraws() == 1 ? DrawsKind.POINT : DrawsKind.APPROXIMATION;
        if (draws.totalDraws() == 0) throw new UserError("ppl: " + paths.get(0) + " holds no draws");
        String depth = files.get(0).setting("max_depth");
        int maxDepth = depth == null ? 10 : Integer.parseInt(depth.trim());
        return new Run(folder, kind, draws, List.copyOf(paths), method, maxDepth);
    }

    static StanCsvFile readFile(Path p) {
        try {
            return StanCsvReader.read(p);
        } catch (NoSuchFileException e) {
            throw new UserError("ppl: " + p + ": no such file");
        } catch (IOException e) {
            throw new UserError("ppl: " + p + ": cannot read the file: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError("ppl: " + p + ": not a Stan CSV file: " + e.getMessage());
        }
    }

    private static List<Path> chainFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path p : list(dir)) if (CHAIN.matcher(p.getFileName().toString()).matches()) out.add(p);
        out.sort(Comparator.comparingInt(RunFiles::chainNumber));
        return out;
    }

    private static int chainNumber(Path p) {
        Matcher m = CHAIN.matcher(p.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    /** CmdStan's output files: {@code .csv} files whose header comments say {@code method = sample}. */
    private static List<Path> sampleFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path p : list(dir)) {
            if (p.getFileName().toString().endsWith(".csv") && isSampleFile(p)) out.add(p);
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    private static boolean isSampleFile(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.takeWhile(l -> l.startsWith("#")).anyMatch(l -> l.replace(" ", "").equals("#method=sample")
                    || l.replace(" ", "").equals("#method=sample(Default)"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UserError("ppl: cannot read the folder " + dir + ": " + e.getMessage());
        }
    }
}
