package org.ppl.io.stancsv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.ppl.infer.ChainResult;
import org.ppl.infer.MetricKind;
import org.ppl.infer.Tuning;

/**
 * Writes one chain as CmdStan does: header comments, the column names, the adaptation result,
 * the draws, and the elapsed times. The file is written under a temporary name in the same
 * folder and renamed when finished, so a file with the final name is always whole; a run cut
 * short is finished with a comment that says how many draws it has.
 */
public final class StanCsvWriter implements Closeable {
    private final Path target;
    private final Path temporary;
    private final Writer out;
    private final int columns;
    private int draws;
    private boolean finished;

    private StanCsvWriter(Path target, Path temporary, Writer out, int columns) {
        this.target = target;
        this.temporary = temporary;
        this.out = out;
        this.columns = columns;
    }

    /** Starts the file: header comments and the column names. */
    public static StanCsvWriter open(Path path, StanCsvHeader header, List<String> columnNames) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".part");
        Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        StanCsvWriter writer = new StanCsvWriter(path, tmp, w, columnNames.size());
        writer.start(header, columnNames);
        return writer;
    }

    private void start(StanCsvHeader header, List<String> columnNames) throws IOException {
        for (String line : header.lines()) comment(line);
        out.write(String.join(",", columnNames));
        out.write('\n');
    }

    /** Writes a whole chain's result (finished or interrupted) to {@code path}. */
    public static void write(Path path, StanCsvHeader header, ChainResult result) throws IOException {
        try (StanCsvWriter w = open(path, header, result.columns())) {
            w.body(header, result);
        }
    }

    /**
     * Writes a whole chain's result to {@code out}, which the caller owns (and closes): for callers
     * that place the file themselves, such as the command line's output folder.
     */
    public static void write(Writer out, StanCsvHeader header, ChainResult result) throws IOException {
        StanCsvWriter w = new StanCsvWriter(null, null, out, result.columns().size());
        w.start(header, result.columns());
        w.body(header, result);
    }

    private void body(StanCsvHeader header, ChainResult result) throws IOException {
        // A chain stopped before its first draw may not have finished warmup: no adaptation block.
        boolean adapted = header.settings().warmup() > 0 && result.tuning() != null
                && !(result.interrupted() && result.drawCount() == 0);
        if (adapted) adaptation(result.tuning());
        for (double[] row : result.draws()) draw(row);
        if (result.interrupted()) {
            finishInterrupted(result.requestedDraws(), result.warmupSeconds(), result.samplingSeconds());
        } else {
            finish(result.warmupSeconds(), result.samplingSeconds());
        }
    }

    /** CmdStan's adaptation block: step size and inverse metric. */
    public void adaptation(Tuning tuning) throws IOException {
        comment("Adaptation terminated");
        comment("Step size = " + StanCsvNumbers.format(tuning.stepSize()));
        double[] m = tuning.inverseMetric();
        if (tuning.metric() == MetricKind.DIAG) {
            comment("Diagonal elements of inverse mass matrix:");
            comment(joined(m, 0, m.length));
        } else {
            int n = tuning.dimension();
            comment("Elements of inverse mass matrix:");
            for (int i = 0; i < n; i++) comment(joined(m, i * n, n));
        }
    }

    public void draw(double[] row) throws IOException {
        if (row.length != columns) {
            throw new IllegalArgumentException("a draw has " + row.length + " values for " + columns + " columns");
        }
        StringBuilder sb = new StringBuilder(row.length * 12);
        for (int j = 0; j < row.length; j++) {
            if (j > 0) sb.append(',');
            sb.append(StanCsvNumbers.format(row[j]));
        }
        sb.append('\n');
        out.write(sb.toString());
        draws++;
    }

    /** Writes the elapsed times and renames the file into place. */
    public void finish(double warmupSeconds, double samplingSeconds) throws IOException {
        timing(warmupSeconds, samplingSeconds);
        complete();
    }

    /** As {@link #finish}, first saying the run was interrupted after the draws written. */
    public void finishInterrupted(int requestedDraws, double warmupSeconds, double samplingSeconds) throws IOException {
        comment(String.format(Locale.ROOT, "Interrupted: %d of %d draws were completed.", draws, requestedDraws));
        finish(warmupSeconds, samplingSeconds);
    }

    /** If not finished, marks the file as cut short and still renames it: nothing is lost. */
    @Override
    public void close() throws IOException {
        if (finished) return;
        comment(String.format(Locale.ROOT, "Interrupted: the file was closed after %d draws.", draws));
        complete();
    }

    private void timing(double warmupSeconds, double samplingSeconds) throws IOException {
        comment("");
        comment(String.format(Locale.ROOT, " Elapsed Time: %.3f seconds (Warm-up)", warmupSeconds));
        comment(String.format(Locale.ROOT, "               %.3f seconds (Sampling)", samplingSeconds));
        comment(String.format(Locale.ROOT, "               %.3f seconds (Total)", warmupSeconds + samplingSeconds));
        comment("");
    }

    private void complete() throws IOException {
        finished = true;
        if (target == null) return;
        out.close();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void comment(String text) throws IOException {
        out.write(text.isEmpty() ? "#\n" : "# " + text + "\n");
    }

    private static String joined(double[] values, int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            if (k > 0) sb.append(", ");
            sb.append(StanCsvNumbers.format(values[from + k]));
        }
        return sb.toString();
    }
}
