package org.ppl.infer.nuts;

/**
 * What one NUTS transition did, as Stan reports it: the mean Metropolis acceptance probability
 * over every leapfrog step (the dual-averaging statistic), the step size, the tree depth, the
 * number of leapfrog steps, whether it diverged, and the Hamiltonian at the chosen point.
 */
public record NutsInfo(double acceptStat, double stepSize, int treeDepth, int leapfrogSteps, boolean divergent,
        double energy) {}
