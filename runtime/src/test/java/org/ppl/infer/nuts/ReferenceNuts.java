package org.ppl.infer.nuts;

import org.ppl.infer.DensityPoint;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

/**
 * A second, plain transcription of Stan's {@code base_nuts} transition for tests: fresh arrays
 * and points everywhere, variables named as in Stan, random numbers drawn in the same places.
 * {@link NutsKernel} must agree with it exactly; a slip in the kernel's reuse of scratch arrays
 * would show as a difference.
 */
final class ReferenceNuts {
    private final Model model;
    private final Metric metric;
    private final double epsilon;
    private final int maxDepth;
    private final RandomStream rng;
    private PhasePoint z;
    private double h0;
    int nLeapfrog;
    double sumMetroProb;
    boolean divergent;
    int depth;

    ReferenceNuts(Model model, Metric metric, double epsilon, int maxDepth, RandomStream rng) {
        this.model = model;
        this.metric = metric;
        this.epsilon = epsilon;
        this.maxDepth = maxDepth;
        this.rng = rng;
    }

    private PhasePoint copy(PhasePoint a) {
        PhasePoint b = new PhasePoint(a.dimension());
        b.copyFrom(a);
        return b;
    }

    private static double[] plus(double[] a, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) c[i] = a[i] + b[i];
        return c;
    }

    private static boolean criterion(double[] pSharpMinus, double[] pSharpPlus, double[] rho) {
        double a = 0;
        double b = 0;
        for (int i = 0; i < rho.length; i++) {
            a += pSharpPlus[i] * rho[i];
            b += pSharpMinus[i] * rho[i];
        }
        return a > 0 && b > 0;
    }

    private static final class Out {
        PhasePoint propose;
        double[] pSharpBeg;
        double[] pSharpEnd;
        double[] pBeg;
        double[] pEnd;
        double[] rho;
        double logSumWeight = Double.NEGATIVE_INFINITY;
        boolean valid;
    }

    Transition transition(DensityPoint state) {
        int n = state.dimension();
        z = new PhasePoint(n);
        System.arraycopy(state.position(), 0, z.q, 0, n);
        System.arraycopy(state.gradient(), 0, z.grad, 0, n);
        z.logDensity = state.logDensity();
        metric.sampleMomentum(rng, z.p);
        z.updateKinetic(metric);

        PhasePoint zFwd = copy(z);
        PhasePoint zBck = copy(z);
        PhasePoint zSample = copy(z);
        double[] pFwdFwd = z.p.clone();
        double[] pSharpFwdFwd = z.velocity.clone();
        double[] pFwdBck = z.p.clone();
        double[] pSharpFwdBck = z.velocity.clone();
        double[] pBckFwd = z.p.clone();
        double[] pSharpBckFwd = z.velocity.clone();
        double[] pBckBck = z.p.clone();
        double[] pSharpBckBck = z.velocity.clone();
        double[] rho = z.p.clone();
        double logSumWeight = 0;
        h0 = z.hamiltonian();
        nLeapfrog = 0;
        sumMetroProb = 0;
        depth = 0;
        divergent = false;

        while (depth < maxDepth) {
            double[] rhoFwd = new double[n];
            double[] rhoBck = new double[n];
            Out out;
            if (rng.nextDouble() > 0.5) {
                z = copy(zFwd);
                rhoBck = rho.clone();
                pBckFwd = pFwdFwd.clone();
                pSharpBckFwd = pSharpFwdFwd.clone();
                out = buildTree(depth, 1);
                zFwd = copy(z);
                if (out.valid) {
                    pSharpFwdBck = out.pSharpBeg;
                    pSharpFwdFwd = out.pSharpEnd;
                    pFwdBck = out.pBeg;
                    pFwdFwd = out.pEnd;
                    rhoFwd = out.rho;
                }
            } else {
                z = copy(zBck);
                rhoFwd = rho.clone();
                pFwdBck = pBckBck.clone();
                pSharpFwdBck = pSharpBckBck.clone();
                out = buildTree(depth, -1);
                zBck = copy(z);
                if (out.valid) {
                    pSharpBckFwd = out.pSharpBeg;
                    pSharpBckBck = out.pSharpEnd;
                    pBckFwd = out.pBeg;
                    pBckBck = out.pEnd;
                    rhoBck = out.rho;
                }
            }
            if (!out.valid) break;
            depth++;
            if (out.logSumWeight > logSumWeight) {
                zSample = copy(out.propose);
            } else if (rng.nextDouble() < Math.exp(out.logSumWeight - logSumWeight)) {
                zSample = copy(out.propose);
            }
            logSumWeight = MultinomialSampling.logSumExp(logSumWeight, out.logSumWeight);
            rho = plus(rhoBck, rhoFwd);
            boolean persist = criterion(pSharpBckBck, pSharpFwdFwd, rho);
            persist &= criterion(pSharpBckBck, pSharpFwdBck, plus(rhoBck, pFwdBck));
            persist &= criterion(pSharpBckFwd, pSharpFwdFwd, plus(rhoFwd, pBckFwd));
            if (!persist) break;
        }
        NutsInfo info = new NutsInfo(sumMetroProb / nLeapfrog, epsilon, depth, nLeapfrog, divergent, zSample.hamiltonian());
        return new Transition(new DensityPoint(zSample.q.clone(), zSample.logDensity, zSample.grad.clone()), info);
    }

    private Out buildTree(int d, double sign) {
        Out out = new Out();
        if (d == 0) {
            Leapfrog.INSTANCE.step(model, metric, z, sign * epsilon);
            nLeapfrog++;
            double h = z.hamiltonian();
            if (Double.isNaN(h)) h = Double.POSITIVE_INFINITY;
            if (h - h0 > 1000) divergent = true;
            out.logSumWeight = h0 - h;
            sumMetroProb += h0 - h > 0 ? 1 : Math.exp(h0 - h);
            out.propose = copy(z);
            out.pSharpBeg = z.velocity.clone();
            out.pSharpEnd = z.velocity.clone();
            out.rho = z.p.clone();
            out.pBeg = z.p.clone();
            out.pEnd = z.p.clone();
            out.valid = !divergent;
            return out;
        }
        Out init = buildTree(d - 1, sign);
        if (!init.valid) return init;
        Out fin = buildTree(d - 1, sign);
        if (!fin.valid) return fin;
        double logSumWeightSubtree = MultinomialSampling.logSumExp(init.logSumWeight, fin.logSumWeight);
        out.propose = init.propose;
        if (fin.logSumWeight > logSumWeightSubtree) {
            out.propose = fin.propose;
        } else if (rng.nextDouble() < Math.exp(fin.logSumWeight - logSumWeightSubtree)) {
            out.propose = fin.propose;
        }
        out.logSumWeight = logSumWeightSubtree;
        double[] rhoSubtree = plus(init.rho, fin.rho);
        out.rho = rhoSubtree;
        out.pSharpBeg = init.pSharpBeg;
        out.pSharpEnd = fin.pSharpEnd;
        out.pBeg = init.pBeg;
        out.pEnd = fin.pEnd;
        boolean persist = criterion(init.pSharpBeg, fin.pSharpEnd, rhoSubtree);
        persist &= criterion(init.pSharpBeg, fin.pSharpBeg, plus(init.rho, fin.pBeg));
        persist &= criterion(init.pSharpEnd, fin.pSharpEnd, plus(fin.rho, init.pEnd));
        out.valid = persist;
        return out;
    }
}
