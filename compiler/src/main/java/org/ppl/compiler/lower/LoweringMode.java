package org.ppl.compiler.lower;

/**
 * How a program is lowered. {@link #MODEL} is the model the samplers run. {@link #PREDICTIVE} is
 * the build the predictive step runs forward: each parameter is an input set to its constrained
 * value directly (no transform), and each GP conditional draw and prediction is an input the step
 * fills after computing it, so the saved values computed from them are ordinary saved values of
 * this build.
 */
public enum LoweringMode {
    MODEL,
    PREDICTIVE
}
