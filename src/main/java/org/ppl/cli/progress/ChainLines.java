package org.ppl.cli.progress;

import java.io.PrintWriter;
import org.ppl.infer.ChainProgress;
import org.ppl.infer.ProgressListener;

/**
 * Progress as plain lines, for a log file or a pipe: a line per chain at every tenth of its
 * iterations, when it moves from warmup to sampling, and when it stops.
 */
final class ChainLines implements ProgressListener {
    private static final int STEPS = 10;

    private final PrintWriter err;
    private final ChainProgress[] latest;
    private final int[] stepShown;
    private final int totalIterations;

    ChainLines(PrintWriter err, int chains, int totalIterations) {
        this.err = err;
        this.totalIterations = totalIterations;
        this.latest = new ChainProgress[chains];
        this.stepShown = new int[chains];
    }

    @Override
    public synchronized void onIteration(ChainProgress p) {
        int c = p.chain() - 1;
        ChainProgress before = latest[c];
        latest[c] = p;
        int step = (int) ((long) STEPS * p.iteration() / Math.max(1, p.totalIterations()));
        boolean phaseChanged = before != null && before.phase() != p.phase();
        if (step > stepShown[c] || phaseChanged) {
            stepShown[c] = step;
            if (p.iteration() < p.totalIterations()) print(p, ChainStatus.State.RUNNING);
        }
    }

    @Override
    public synchronized void onChainFinished(int chain, boolean interrupted) {
        ChainProgress p = latest[chain - 1];
        if (p == null) p = new ChainProgress(chain, 0, totalIterations, ChainProgress.Phase.WARMUP, 0, 0);
        print(p, interrupted ? ChainStatus.State.INTERRUPTED : ChainStatus.State.FINISHED);
    }

    private void print(ChainProgress p, ChainStatus.State state) {
        err.println(ChainStatus.line(p, state));
        err.flush();
    }
}
