package org.ppl.cli.sample;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.ppl.infer.ChainResult;
import org.ppl.infer.MetricKind;
import org.ppl.infer.Tuning;
import org.ppl.io.stancsv.StanCsvHeader;
import org.ppl.io.stancsv.StanCsvNumbers;

/**
 * One chain as CmdStan writes it (the layout of the runtime's {@code StanCsvWriter}, read back by
 * its {@code StanCsvReader}): header comments, column names, the adaptation block, the draws, a
 * line saying the run was interrupted if it was, and the elapsed times. It writes to any {@link
 * Writer}, so the command line's output folder can write it whole under a temporary name and
 * report a full disk in one place.
 */
final class ChainCsv {
    private ChainCsv() {}

    static void write(Writer w, StanCsvHeader header, ChainResult result) throws IOException {
        for (String line : header.lines()) comment(w, line);
        w.write(String.join(",", result.columns()));
        w.write('\n');
        // A chain stopped before its first draw may not have finished warmup: no adaptation block.
        boolean adapted = header.settings().warmup() > 0 && result.tuning() != null
                && !(result.interrupted() && result.drawCount() == 0);
        if (adapted) adaptation(w, result.tuning());
        StringBuilder sb = new StringBuilder();
        for (double[] row : result.draws()) {
            sb.setLength(0);
            for (int j = 0; j < row.length; j++) {
                if (j > 0) sb.append(',');
                sb.append(StanCsvNumbers.format(row[j]));
            }
            sb.append('\n');
            w.write(sb.toString());
        }
        if (result.interrupted()) {
            comment(w, String.format(Locale.ROOT, "Interrupted: %d of %d draws were completed.", result.drawCount(),
                    result.requestedDraws()));
        }
        timing(w, result.warmupSeconds(), result.samplingSeconds());
    }

    private static void adaptation(Writer w, Tuning tuning) throws IOException {
        comment(w, "Adaptation terminated");
        comment(w, "Step size = " + StanCsvNumbers.format(tuning.stepSize()));
        double[] m = tuning.inverseMetric();
        if (tuning.metric() == MetricKind.DIAG) {
            comment(w, "Diagonal elements of inverse mass matrix:");
            comment(w, joined(m, 0, m.length));
        } else {
            int n = tuning.dimension();
            comment(w, "Elements of inverse mass matrix:");
            for (int i = 0; i < n; i++) comment(w, joined(m, i * n, n));
        }
    }

    private static void timing(Writer w, double warmupSeconds, double samplingSeconds) throws IOException {
        comment(w, "");
        comment(w, String.format(Locale.ROOT, " Elapsed Time: %.3f seconds (Warm-up)", warmupSeconds));
        comment(w, String.format(Locale.ROOT, "               %.3f seconds (Sampling)", samplingSeconds));
        comment(w, String.format(Locale.ROOT, "               %.3f seconds (Total)", warmupSeconds + samplingSeconds));
        comment(w, "");
    }

    private static void comment(Writer w, String text) throws IOException {
        w.write(text.isEmpty() ? "#\n" : "# " + text + "\n");
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
