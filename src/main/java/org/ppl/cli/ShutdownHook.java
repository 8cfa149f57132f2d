package org.ppl.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ppl.infer.CancellationFlag;

/**
 * Ctrl-C during a run: a shutdown hook sets the cancellation flag, so the chains stop between
 * iterations, and then holds the JVM open until the run has written the draws it has (or a
 * minute has passed), since the JVM halts as soon as its shutdown hooks return.
 */
final class ShutdownHook implements Interrupts.Watch {
    private static final long WAIT_SECONDS = 60;

    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownHook(CancellationFlag flag) {
        // Nothing is printed here: the progress bars show the chains stopping, and the run says what it wrote.
        hook = new Thread(() -> {
            flag.cancel();
            try {
                written.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ppl-interrupt");
    }

    static Interrupts.Watch install(CancellationFlag flag) {
        ShutdownHook h = new ShutdownHook(flag);
        Runtime.getRuntime().addShutdownHook(h.hook);
        return h;
    }

    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C came: the hook is running and returns now that the files are written.
        }
    }
}
