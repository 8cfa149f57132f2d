package org.ppl.infer;

import java.util.List;

/**
 * The output of one chain: its number (from 1), the column names (sampler columns then the
 * model's constrained names), the sampling draws as rows, the tuning warmup settled on, the time
 * spent, and whether it was interrupted (then {@code draws.length < requestedDraws} may hold).
 */
public record ChainResult(int chain, List<String> columns, double[][] draws, Tuning tuning, double warmupSeconds,
        double samplingSeconds, int requestedDraws, boolean interrupted) {
    public ChainResult {
        columns = List.copyOf(columns);
    }

    public int drawCount() {
        return draws.length;
    }
}
