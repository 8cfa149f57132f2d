package org.ppl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ppl.infer.ChainProgress;
import org.ppl.infer.ProgressListener;

/**
 * The CPU time of the chains' sampling phases: each chain thread's CPU time from the end of its
 * last warmup iteration to the end of the chain, summed over chains. This is what CmdStan 2.21
 * reports as "Elapsed Time ... (Sampling)" (it reads {@code clock()}, the process's CPU time), so
 * it compares with Stan's figures however loaded the machine is; wall time does not.
 */
final class SamplingCpuClock implements ProgressListener {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final int warmup;
    private final Map<Integer, Long> starts = new ConcurrentHashMap<>();
    private long totalNanos;

    SamplingCpuClock(int warmup) {
        this.warmup = warmup;
    }

    @Override
    public void onIteration(ChainProgress progress) {
        if (progress.phase() == ChainProgress.Phase.WARMUP && progress.iteration() == warmup) {
            starts.put(progress.chain(), threads.getCurrentThreadCpuTime());
        }
    }

    @Override
    public void onChainFinished(int chain, boolean interrupted) {
        Long start = starts.get(chain);
        if (start == null) throw new IllegalStateException("chain " + chain + " finished without a warmup end");
        long used = threads.getCurrentThreadCpuTime() - start;
        synchronized (this) {
            totalNanos += used;
        }
    }

    synchronized double seconds() {
        return totalNanos * 1e-9;
    }
}
