package org.ppl.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
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
import org.ppl.linalg.CholeskyAdjoint;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.MatrixMultiply;
import org.ppl.linalg.SpdInverse;

/**
 * The dense kernels of {@code org.ppl.linalg} against EJML on the operations the GP likelihoods
 * need: Cholesky, Cholesky followed by the SPD inverse, and a square matrix product, with the
 * Cholesky reverse sweep beside them. Short by
 * design (the machine is shared):
 *
 * <pre>  java -jar bench/target/benchmarks.jar DenseKernelsBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DenseKernelsBenchmark {
    @Param({"150", "500", "1000"})
    public int n;

    private double[] spd;
    private double[] factor;
    private double[] inverse;
    private double[] work;
    private double[] left;
    private double[] right;
    private double[] product;
    private double[] lower;
    private double[] factorAdjoint;
    private double[] spdAdjoint;
    private DMatrixRMaj spdMatrix;
    private DMatrixRMaj spdCopy;
    private DMatrixRMaj inverseMatrix;
    private DMatrixRMaj leftMatrix;
    private DMatrixRMaj rightMatrix;
    private DMatrixRMaj productMatrix;
    private LinearSolverDense<DMatrixRMaj> solver;

    @Setup
    public void setUp() {
        Random r = new Random(1);
        left = gaussian(n * n, r);
        right = gaussian(n * n, r);
        leftMatrix = DMatrixRMaj.wrap(n, n, left);
        rightMatrix = DMatrixRMaj.wrap(n, n, right);
        spdMatrix = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(1.0 / n, leftMatrix, leftMatrix, spdMatrix);
        for (int i = 0; i < n; i++) spdMatrix.add(i, i, 1.0);
        spd = spdMatrix.data;
        factor = new double[n * n];
        inverse = new double[n * n];
        work = new double[n * n];
        product = new double[n * n];
        factorAdjoint = gaussian(n * n, r);
        spdAdjoint = new double[n * n];
        lower = spd.clone();
        CholeskyKernel.factor(lower, n);
        spdCopy = new DMatrixRMaj(n, n);
        inverseMatrix = new DMatrixRMaj(n, n);
        productMatrix = new DMatrixRMaj(n, n);
        solver = LinearSolverFactory_DDRM.symmPosDef(n);
    }

    private static double[] gaussian(int size, Random r) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) x[i] = r.nextGaussian();
        return x;
    }

    @Benchmark
    public double[] choleskyOurs() {
        System.arraycopy(spd, 0, factor, 0, spd.length);
        if (!CholeskyKernel.factor(factor, n)) throw new IllegalStateException("not positive definite");
        return factor;
    }

    @Benchmark
    public DMatrixRMaj choleskyEjml() {
        spdCopy.setTo(spdMatrix);
        if (!solver.setA(spdCopy)) throw new IllegalStateException("not positive definite");
        return spdCopy;
    }

    @Benchmark
    public double[] choleskyAndInverseOurs() {
        System.arraycopy(spd, 0, factor, 0, spd.length);
        if (!CholeskyKernel.factor(factor, n)) throw new IllegalStateException("not positive definite");
        SpdInverse.fromCholesky(factor, n, inverse, work);
        return inverse;
    }

    @Benchmark
    public DMatrixRMaj choleskyAndInverseEjml() {
        spdCopy.setTo(spdMatrix);
        if (!solver.setA(spdCopy)) throw new IllegalStateException("not positive definite");
        solver.invert(inverseMatrix);
        return inverseMatrix;
    }

    /** The blocked reverse sweep of the Cholesky factorisation (no EJML counterpart). */
    @Benchmark
    public double[] choleskyReverseOurs() {
        CholeskyAdjoint.reverse(lower, factorAdjoint, n, spdAdjoint);
        return spdAdjoint;
    }

    @Benchmark
    public double[] multiplyOurs() {
        MatrixMultiply.mult(left, right, product, n, n, n);
        return product;
    }

    @Benchmark
    public DMatrixRMaj multiplyEjml() {
        CommonOps_DDRM.mult(leftMatrix, rightMatrix, productMatrix);
        return productMatrix;
    }
}
