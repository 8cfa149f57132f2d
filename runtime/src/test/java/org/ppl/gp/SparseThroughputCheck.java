package org.ppl.gp;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.gp.cov.ExpQuad;

/**
 * A quick timing of the sparse (VFE, M = 50) marginal likelihood + gradient for 1-D regression at
 * growing N, with the time of each operation: the cost should grow linearly in N. Run with
 * -Pvalidation or main().
 */
@Tag("validation")
class SparseThroughputCheck {
    private static final int M = 50;

    @Test
    void timings() {
        for (int n : new int[] {1_000, 10_000}) System.out.println(measure(n, 5));
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) System.out.println(measure(n, n >= 100_000 ? 3 : 10));
    }

    static String measure(int n, int reps) {
        Random r = new Random(n);
        Tape t = new Tape();
        double[] x = new double[n], y = new double[n], xu = new double[M];
        for (int i = 0; i < n; i++) {
            x[i] = 10 * r.nextDouble();
            y[i] = Math.sin(x[i]) + 0.2 * r.nextGaussian();
        }
        Node xu0 = t.variable(Shape.matrix(M, 1));
        for (int k = 0; k < M; k++) xu0.value[k] = 10.0 * k / (M - 1);
        Node ls = t.variable(Shape.SCALAR), eta2 = t.variable(Shape.SCALAR), sigma = t.variable(Shape.SCALAR);
        ls.value[0] = 1.0;
        eta2.value[0] = 1.0;
        sigma.value[0] = 0.3;
        MarginalApprox gp = new MarginalApprox(new ExpQuad(1, ls).scaledBy(eta2), Approximation.VFE);
        Node logp = gp.marginalLikelihood(t, t.constant(Shape.matrix(n, 1), x), xu0, t.constant(Shape.vector(n), y), sigma)
                .logLikelihood();
        double[] total = time(reps, () -> {
            t.forward();
            t.zeroAdjoints();
            logp.adjoint[0] = 1;
            t.backward();
        });
        StringBuilder sb = new StringBuilder(String.format("N=%d M=%d: %.2f ms per log density + gradient (median of %d)%n",
                n, M, median(total), reps));
        for (Op op : t.operations()) {
            sb.append(String.format("  %-28s forward %8.2f ms  backward %8.2f ms%n", op.name(),
                    median(time(reps, op::forward)), median(time(reps, op::backward))));
        }
        return sb.toString();
    }

    private static double[] time(int reps, Runnable body) {
        for (int i = 0; i < 2; i++) body.run();
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
