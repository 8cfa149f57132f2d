package org.ppl.gp;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Op;
import org.ppl.linalg.CholeskyKernel;
import org.ppl.linalg.SpdInverse;
import org.ppl.linalg.TriangularKernels;

/**
 * A quick timing of the GP-LVM log likelihood + gradient (ExpQuad ARD, Q = 2, P = 12) on the tape and
 * by the hand-written reference, with the time of each operation and of the dense kernels inside the
 * likelihood. Not a benchmark (that is JMH's job in bench/); run with -Pvalidation or main().
 */
@Tag("validation")
class GplvmThroughputCheck {
    private static final int P = 12, Q = 2;

    @Test
    void timings() {
        for (int n : new int[] {150, 500, 1000}) System.out.println(measure(n));
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {150, 500, 1000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) System.out.println(measure(n));
    }

    private static int repetitions(int n) {
        return n <= 150 ? 400 : n <= 500 ? 20 : 6;
    }

    static String measure(int n) {
        Random r = new Random(n);
        double[] y = new double[n * P], x = new double[n * Q];
        for (int i = 0; i < y.length; i++) y[i] = r.nextGaussian();
        for (int i = 0; i < x.length; i++) x[i] = r.nextGaussian();
        double[] ls = {1.1, 0.8};
        int reps = repetitions(n);

        GplvmReferenceGradientTest.TapeGplvm model = new GplvmReferenceGradientTest.TapeGplvm(y, n, P, Q);
        double[] tape = time(reps, () -> model.evaluate(x, ls, 1.2, 0.3));
        GplvmReferenceGradient ref = new GplvmReferenceGradient(y, n, P, Q, Jitter.DEFAULT.relative());
        double[] gx = new double[n * Q], gl = new double[Q], ge = new double[2];
        double[] hand = time(reps, () -> ref.logLikelihood(x, ls, 1.2, 0.3, gx, gl, ge));

        StringBuilder sb = new StringBuilder(String.format("N=%d P=%d Q=%d: tape %.3f ms (median of %d), reference %.3f ms, ratio %.2f%n",
                n, P, Q, median(tape), reps, median(hand), median(tape) / median(hand)));
        List<Op> ops = model.tape.operations();
        for (Op op : ops) {
            double[] f = time(reps, op::forward);
            double[] b = time(reps, op::backward);
            sb.append(String.format("  %-22s forward %8.3f ms  backward %8.3f ms%n", op.name(), median(f), median(b)));
        }
        sb.append(denseKernels(n, reps, r));
        return sb.toString();
    }

    /** The dense kernels the likelihood runs, on a matrix of the same size. */
    private static String denseKernels(int n, int reps, Random r) {
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = Math.exp(-0.5 * (i - j) * (i - j) / (0.05 * n * n)) + (i == j ? 0.1 : 0);
                a[i * n + j] = v;
                a[j * n + i] = v;
            }
        }
        double[] l = new double[n * n], inv = new double[n * n], work = new double[n * n], b = new double[n * P];
        double[] chol = time(reps, () -> {
            System.arraycopy(a, 0, l, 0, a.length);
            CholeskyKernel.factor(l, n);
        });
        double[] solves = time(reps, () -> {
            Arrays.fill(b, 1.0);
            TriangularKernels.solveLower(l, n, b, P);
            TriangularKernels.solveLowerTransposed(l, n, b, P);
        });
        double[] inverse = time(reps, () -> SpdInverse.fromCholesky(l, n, inv, work));
        return String.format("  dense: cholesky %.3f ms, two solves (P=%d) %.3f ms, SPD inverse %.3f ms%n",
                median(chol), P, median(solves), median(inverse));
    }

    private static double[] time(int reps, Runnable body) {
        for (int i = 0; i < Math.max(2, reps / 4); i++) body.run();
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            body.run();
            ms[i] = (System.nanoTime() - t0) * 1e-6;
        }
        return ms;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
