package org.ppl.cli.progress;

import java.io.PrintWriter;
import org.ppl.infer.ChainProgress;
import org.ppl.infer.ProgressListener;

/**
 * One progress bar per chain on a terminal, redrawn in place: the block of lines is rewritten
 * after moving the cursor back up over it (ANSI "cursor previous line" and "erase to end of
 * line"), at most ten times a second, and once more when a chain stops.
 */
final class ChainBars implements ProgressListener {
    private static final long REFRESH_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final ChainProgress[] latest;
    private final ChainStatus.State[] states;
    private boolean drawn;
    private long lastDraw;

    ChainBars(PrintWriter err, int chains, int totalIterations) {
        this.err = err;
        this.latest = new ChainProgress[chains];
        this.states = new ChainStatus.State[chains];
        for (int c = 0; c < chains; c++) {
            latest[c] = new ChainProgress(c + 1, 0, totalIterations, ChainProgress.Phase.WARMUP, 0, 0);
            states[c] = ChainStatus.State.RUNNING;
        }
    }

    @Override
    public synchronized void onIteration(ChainProgress progress) {
        latest[progress.chain() - 1] = progress;
        long now = System.nanoTime();
        if (!drawn || now - lastDraw >= REFRESH_NANOS) draw(now);
    }

    @Override
    public synchronized void onChainFinished(int chain, boolean interrupted) {
        states[chain - 1] = interrupted ? ChainStatus.State.INTERRUPTED : ChainStatus.State.FINISHED;
        draw(System.nanoTime());
    }

    private void draw(long now) {
        StringBuilder sb = new StringBuilder();
        if (drawn) sb.append("\033[").append(latest.length).append('F');
        for (int c = 0; c < latest.length; c++) {
            sb.append(ChainStatus.bar(latest[c], states[c])).append("\033[K\n");
        }
        err.print(sb);
        err.flush();
        drawn = true;
        lastDraw = now;
    }
}
