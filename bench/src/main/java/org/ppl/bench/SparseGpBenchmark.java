package org.ppl.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.gp.Approximation;
import org.ppl.gp.MarginalApprox;
import org.ppl.gp.cov.ExpQuad;

/**
 * The sparse GP marginal likelihood (VFE, M = 50 inducing inputs) and its gradient with respect to
 * every input (X where it is a parameter, Xu, the lengthscales, the amplitude and the noise) at
 * N = 1k, 10k and 100k: 1-D regression (X data, P = 1) and a GP-LVM likelihood (X a parameter,
 * Q = 2, P = 12). The cost should grow linearly in N; the slope of log time against log N over the
 * three sizes is in models/README.md. Short runs: the machine is shared.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class SparseGpBenchmark {
    private static final int M = 50;

    @Param({"1000", "10000", "100000"})
    int n;

    @Param({"regression", "gplvm"})
    String model;

    private Tape tape;
    private Node logLikelihood;

    @Setup
    public void setup() {
        boolean latent = model.equals("gplvm");
        int q = latent ? 2 : 1, p = latent ? 12 : 1;
        SplittableRandom r = new SplittableRandom(n);
        tape = new Tape();
        double[] x = new double[n * q], y = new double[n * p];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < q; d++) x[i * q + d] = latent ? r.nextGaussian() : 10 * r.nextDouble();
            for (int j = 0; j < p; j++) y[i * p + j] = Math.sin(x[i * q] + j) + 0.2 * r.nextGaussian();
        }
        Node xNode;
        if (latent) {
            xNode = tape.variable(Shape.matrix(n, q));
            System.arraycopy(x, 0, xNode.value, 0, x.length);
        } else {
            xNode = tape.constant(Shape.matrix(n, q), x);
        }
        Node xu = tape.variable(Shape.matrix(M, q));
        for (int k = 0; k < M * q; k++) xu.value[k] = latent ? 2 * r.nextGaussian() : 10.0 * (k % M) / (M - 1);
        Node ls = tape.variable(Shape.vector(q)), eta2 = tape.variable(Shape.SCALAR), sigma = tape.variable(Shape.SCALAR);
        java.util.Arrays.fill(ls.value, 1.0);
        eta2.value[0] = 1.0;
        sigma.value[0] = 0.3;
        MarginalApprox gp = new MarginalApprox(new ExpQuad(q, ls).scaledBy(eta2), Approximation.VFE);
        Shape yShape = p == 1 ? Shape.vector(n) : Shape.matrix(n, p);
        logLikelihood = gp.marginalLikelihood(tape, xNode, xu, tape.constant(yShape, y), sigma).logLikelihood();
    }

    @Benchmark
    public double logLikelihoodAndGradient() {
        tape.forward();
        tape.zeroAdjoints();
        logLikelihood.adjoint[0] = 1;
        tape.backward();
        return logLikelihood.value[0];
    }
}
