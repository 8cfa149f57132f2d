package org.ppl.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.ppl.model.Model;

/**
 * Runs chains in parallel threads. Chain {@code k} (numbered from 1) gets its own {@link
 * Model#copy()} and the stream {@link RandomStream#forChain(long, int) forChain(seed, k)}, so its
 * draws are the same whatever the number of threads or the order they run in.
 */
public final class ChainRunner {
    private ChainRunner() {}

    /** Threads to use by default: one per chain, at most one per processor. */
    public static int defaultThreads(int chains) {
        return Math.max(1, Math.min(chains, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs {@code chains} chains of {@code task} on {@code threads} threads and returns their
     * results in chain order. If a chain throws, the others are cancelled and, once all have
     * stopped, the first exception is rethrown.
     */
    public static List<ChainResult> run(Model model, int chains, int threads, long seed, ChainTask task,
            CancellationFlag cancel, ProgressListener listener) {
        if (chains < 1) throw new IllegalArgumentException("chains must be >= 1, not " + chains);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, not " + threads);
        List<Model> models = new ArrayList<>(chains);
        for (int k = 0; k < chains; k++) models.add(model.copy());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chains), chainThreads());
        try {
            List<Future<ChainResult>> futures = new ArrayList<>(chains);
            for (int k = 1; k <= chains; k++) {
                final int chain = k;
                Model m = models.get(k - 1);
                futures.add(pool.submit(() -> runOne(task, chain, m, seed, cancel, listener)));
            }
            return collect(futures, cancel);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ChainResult runOne(ChainTask task, int chain, Model model, long seed, CancellationFlag cancel,
            ProgressListener listener) {
        try {
            return task.run(chain, model, RandomStream.forChain(seed, chain), cancel, listener);
        } catch (RuntimeException | Error e) {
            cancel.cancel();
            throw e;
        }
    }

    private static List<ChainResult> collect(List<Future<ChainResult>> futures, CancellationFlag cancel) {
        List<ChainResult> results = new ArrayList<>(futures.size());
        Throwable first = null;
        for (Future<ChainResult> f : futures) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                if (first == null) first = e.getCause();
            } catch (InterruptedException e) {
                cancel.cancel();
                Thread.currentThread().interrupt();
                if (first == null) first = e;
            }
        }
        if (first instanceof RuntimeException re) throw re;
        if (first instanceof Error err) throw err;
        if (first != null) throw new IllegalStateException("a chain was interrupted", first);
        return results;
    }

    private static ThreadFactory chainThreads() {
        return new ThreadFactory() {
            private int count;

            @Override
            public synchronized Thread newThread(Runnable r) {
                Thread t = new Thread(r, "ppl-chain-" + (++count));
                t.setDaemon(true);
                return t;
            }
        };
    }
}
