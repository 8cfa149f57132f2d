package org.ppl.infer.nuts;

import org.ppl.infer.DensityPoint;

/** The new state of a chain after one transition, and what the transition did. */
public record Transition(DensityPoint state, NutsInfo info) {}
