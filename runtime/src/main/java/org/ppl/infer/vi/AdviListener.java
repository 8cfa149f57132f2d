package org.ppl.infer.vi;

/** Progress of ADVI, for a command line to print. */
public interface AdviListener {
    AdviListener NONE = new AdviListener() { };

    /** After the trial of one η in the step-size search, with the ELBO it reached. */
    default void etaTried(double eta, double elbo) { }

    /** After each ELBO estimate of the main loop. */
    default void elboEvaluated(ElboEvaluation evaluation) { }
}
