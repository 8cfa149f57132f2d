package org.ppl.infer.nuts;

import org.ppl.infer.RandomStream;

/**
 * Choosing the proposal along a trajectory with weights exp(-H) (Betancourt 2017, section A.3).
 * Two subtrees of one new subtree are merged uniformly: the second's proposal is taken with
 * probability w_second / (w_first + w_second). A new subtree is merged into the old trajectory
 * with a bias towards the new: its proposal is taken with probability min(1, w_new / w_old),
 * which favours moving far from the start and keeps the target invariant.
 */
final class MultinomialSampling {
    private MultinomialSampling() {}

    /** log(exp(a) + exp(b)) without overflow; -infinity when both are. */
    static double logSumExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) return b;
        if (b == Double.NEGATIVE_INFINITY) return a;
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    /** Uniform merge within a subtree: take the second half's proposal? */
    static boolean takeSecond(RandomStream rng, double logWeightSecond, double logWeightBoth) {
        return takeWithRatio(rng, logWeightSecond - logWeightBoth);
    }

    /** Biased progressive merge of a new subtree into the old trajectory: take the new proposal? */
    static boolean takeNew(RandomStream rng, double logWeightNew, double logWeightOld) {
        return takeWithRatio(rng, logWeightNew - logWeightOld);
    }

    /** True with probability min(1, exp(logRatio)); draws a uniform only when that is below 1. */
    private static boolean takeWithRatio(RandomStream rng, double logRatio) {
        if (logRatio > 0) return true;
        return rng.nextDouble() < Math.exp(logRatio);
    }
}
