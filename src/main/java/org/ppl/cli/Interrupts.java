package org.ppl.cli;

import org.ppl.infer.CancellationFlag;

/** What Ctrl-C does while a run is in progress: in the command line, it cancels the run's flag. */
@FunctionalInterface
public interface Interrupts {
    /** Ctrl-C is not watched (tests, embedding). */
    Interrupts NONE = flag -> () -> { };

    /** Watches for Ctrl-C until the returned watch is closed (after the run's files are written). */
    Watch watch(CancellationFlag flag);

    /** Ends the watch; never throws. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
