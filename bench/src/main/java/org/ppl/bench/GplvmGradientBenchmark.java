package org.ppl.bench;

import java.util.Arrays;
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
import org.ppl.examples.Gplvm;
import org.ppl.gp.GplvmReferenceGradient;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/**
 * GP-LVM log density + gradient (ExpQuad ARD, P = 12 unless set, Q = 2): the autodiff model against the
 * hand-written analytic gradient (K, its Cholesky, alpha = K^-1 Y, W = P K^-1 - alpha alpha^T, dK
 * contracted with W) in the same run. The baseline computes the likelihood only, so the autodiff
 * side pays for its priors too: the ratio is an upper bound on the tape's overhead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class GplvmGradientBenchmark {
    @Param({"150", "500", "1000"})
    int n;

    @Param({"12"})
    int p;

    private Model model;
    private double[] theta;
    private double[] grad;
    private GplvmReferenceGradient reference;
    private double[] x;
    private double[] ls;
    private double eta;
    private double sigma;
    private double[] gradX;
    private double[] gradLs;
    private double[] gradEtaSigma;

    @Setup
    public void setup() {
        SyntheticGplvmData data = new SyntheticGplvmData(n, p, 2, 42);
        model = TapeModel.of(new Gplvm(data.y, n, p, 2));
        theta = data.theta;
        grad = new double[theta.length];
        reference = new GplvmReferenceGradient(data.y, n, p, 2, 1e-6);
        x = Arrays.copyOf(theta, n * 2);
        ls = new double[] {Math.exp(theta[n * 2]), Math.exp(theta[n * 2 + 1])};
        eta = Math.exp(theta[n * 2 + 2]);
        sigma = Math.exp(theta[n * 2 + 3]);
        gradX = new double[n * 2];
        gradLs = new double[2];
        gradEtaSigma = new double[2];
    }

    @Benchmark
    public double autodiff() {
        return model.logDensityGradient(theta, grad);
    }

    @Benchmark
    public double handWritten() {
        return reference.logLikelihood(x, ls, eta, sigma, gradX, gradLs, gradEtaSigma);
    }
}
