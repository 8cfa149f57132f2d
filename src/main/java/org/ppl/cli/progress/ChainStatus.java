package org.ppl.cli.progress;

import java.util.Locale;
import org.ppl.infer.ChainProgress;

/** One chain's progress in words: phase, count, rate, time left and divergences so far. */
final class ChainStatus {
    static final int BAR_WIDTH = 20;

    private ChainStatus() {}

    /** {@code chain 1 [#########...........]  45% sampling  900/2000  523 it/s  ETA 0:02  0 divergent}. */
    static String bar(ChainProgress p, State state) {
        int filled = (int) ((long) BAR_WIDTH * p.iteration() / Math.max(1, p.totalIterations()));
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        return String.format(Locale.ROOT, "chain %d [%s] %3d%%  %-11s %d/%d  %s it/s  %s  %d divergent", p.chain(),
                bar, percent(p), phase(p, state), p.iteration(), p.totalIterations(), rate(p), time(p, state),
                p.divergences());
    }

    /** {@code chain 1: 900/2000 (45%) sampling, 523 it/s, ETA 0:02, 0 divergent}. */
    static String line(ChainProgress p, State state) {
        return String.format(Locale.ROOT, "chain %d: %d/%d (%d%%) %s, %s it/s, %s, %d divergent", p.chain(),
                p.iteration(), p.totalIterations(), percent(p), phase(p, state), rate(p), time(p, state),
                p.divergences());
    }

    /** Where a chain is. */
    enum State {
        RUNNING,
        FINISHED,
        INTERRUPTED
    }

    private static String phase(ChainProgress p, State state) {
        if (state == State.INTERRUPTED) return "interrupted";
        if (state == State.FINISHED) return "done";
        return p.phase() == ChainProgress.Phase.WARMUP ? "warmup" : "sampling";
    }

    private static String time(ChainProgress p, State state) {
        if (state != State.RUNNING) return "took " + clock(p.elapsedSeconds());
        double r = iterationsPerSecond(p);
        return "ETA " + (r > 0 ? clock((p.totalIterations() - p.iteration()) / r) : "?");
    }

    static int percent(ChainProgress p) {
        return (int) (100L * p.iteration() / Math.max(1, p.totalIterations()));
    }

    private static double iterationsPerSecond(ChainProgress p) {
        return p.elapsedSeconds() > 0 ? p.iteration() / p.elapsedSeconds() : 0;
    }

    private static String rate(ChainProgress p) {
        double r = iterationsPerSecond(p);
        if (r >= 100) return String.format(Locale.ROOT, "%.0f", r);
        if (r >= 10) return String.format(Locale.ROOT, "%.1f", r);
        return String.format(Locale.ROOT, "%.2f", r);
    }

    /** {@code 0:07}, {@code 12:34}, {@code 1:02:03}. */
    static String clock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s >= 3600) return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
