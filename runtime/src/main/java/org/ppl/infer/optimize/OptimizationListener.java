package org.ppl.infer.optimize;

/** Receives each completed iteration (a command line prints them; a test records them). */
@FunctionalInterface
public interface OptimizationListener {
    OptimizationListener NONE = info -> { };

    void iteration(IterationInfo info);
}
