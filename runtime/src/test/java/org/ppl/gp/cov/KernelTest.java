package org.ppl.gp.cov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/** Every kernel: values against its formula, diag against full, gradients against finite differences. */
class KernelTest {
    private static final double VALUE_TOLERANCE = 1e-12;
    private static final double GRADIENT_TOLERANCE = 1e-7;
    private static final java.util.Set<String> STATIONARY =
            java.util.Set.of("ExpQuad", "Matern52", "Matern32", "Exponential", "RatQuad", "Periodic");

    static Stream<KernelCase> cases() {
        return KernelCase.all().stream();
    }

    private static double[] gaussian(int n, Random r) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextGaussian();
        return v;
    }

    private static double[] row(double[] x, int i, int q) {
        double[] out = new double[q];
        System.arraycopy(x, i * q, out, 0, q);
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void valuesMatchTheFormulaAndDiagMatchesFull(KernelCase kc) {
        Random r = new Random(kc.name().hashCode());
        for (int q : new int[] {1, 3}) {
            for (boolean ard : new boolean[] {true, false}) {
                int n = 7, m = 5;
                double[] x = gaussian(n * q, r), xs = gaussian(m * q, r);
                double[][] h = new double[kc.hypers().size()][];
                Node[] hn = new Node[h.length];
                Tape t = new Tape();
                for (int k = 0; k < h.length; k++) {
                    KernelCase.Hyper hyper = kc.hypers().get(k);
                    h[k] = hyper.draw(q, ard, r);
                    hn[k] = t.constant(hyper.shape(q, ard), h[k]);
                }
                Kernel kernel = kc.factory().make(q, hn);
                Node xn = t.constant(Shape.matrix(n, q), x), xsn = t.constant(Shape.matrix(m, q), xs);
                double[] kxx = kernel.full(t, xn).value, kxs = kernel.full(t, xn, xsn).value;
                double[] diag = kernel.diag(t, xn).value;
                String where = kc + " Q=" + q + " ard=" + ard;
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        double expected = kc.formula().k(row(x, i, q), row(x, j, q), i == j, h);
                        assertEquals(expected, kxx[i * n + j], VALUE_TOLERANCE * Math.max(1, Math.abs(expected)), where);
                    }
                    for (int j = 0; j < m; j++) {
                        double expected = kc.formula().k(row(x, i, q), row(xs, j, q), false, h);
                        assertEquals(expected, kxs[i * m + j], VALUE_TOLERANCE * Math.max(1, Math.abs(expected)), where);
                    }
                    assertEquals(kxx[i * n + i], diag[i], VALUE_TOLERANCE * Math.max(1, Math.abs(diag[i])), where + " diag");
                }
            }
        }
    }

    private enum Mode { SYMMETRIC, CROSS, DIAG }

    @ParameterizedTest
    @MethodSource("cases")
    void gradientsAgreeWithFiniteDifferences(KernelCase kc) {
        Random r = new Random(31 * kc.name().hashCode());
        for (int n : new int[] {1, 2, 7}) {
            for (int q : new int[] {1, 3}) {
                for (boolean ard : new boolean[] {true, false}) {
                    for (boolean scaled : new boolean[] {true, false}) {
                        for (Mode mode : Mode.values()) {
                            if (mode == Mode.CROSS && kc.name().equals("WhiteNoise")) continue; // constant zero
                            checkGradient(kc, n, q, ard, scaled, mode, r);
                        }
                    }
                }
            }
        }
    }

    private static boolean dependsOnInputs(GradientChecker.Function f, Shape[] shapes) {
        Tape t = new Tape();
        Node[] in = new Node[shapes.length];
        for (int i = 0; i < in.length; i++) in[i] = t.variable(shapes[i]);
        return f.build(t, in).isDifferentiable();
    }

    private static void checkGradient(KernelCase kc, int n, int q, boolean ard, boolean scaled, Mode mode, Random r) {
        int m = 3;
        List<Shape> shapes = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        shapes.add(Shape.matrix(n, q));
        values.add(gaussian(n * q, r));
        if (mode == Mode.CROSS) {
            shapes.add(Shape.matrix(m, q));
            values.add(gaussian(m * q, r));
        }
        int firstHyper = shapes.size();
        for (KernelCase.Hyper h : kc.hypers()) {
            shapes.add(h.shape(q, ard));
            values.add(h.draw(q, ard, r));
        }
        if (scaled) {
            shapes.add(Shape.SCALAR);
            values.add(new double[] {0.5 + r.nextDouble()});
        }
        int hyperCount = kc.hypers().size();
        GradientChecker.Function f = (t, in) -> {
            Node[] hyper = new Node[hyperCount];
            System.arraycopy(in, firstHyper, hyper, 0, hyperCount);
            Covariance cov = kc.factory().make(q, hyper);
            if (scaled) cov = cov.scaledBy(in[in.length - 1]);
            return switch (mode) {
                case SYMMETRIC -> cov.full(t, in[0]);
                case CROSS -> cov.full(t, in[0], in[1]);
                case DIAG -> cov.diag(t, in[0]);
            };
        };
        Shape[] shapeArray = shapes.toArray(new Shape[0]);
        if (!dependsOnInputs(f, shapeArray)) {
            // Only a stationary diagonal without a scale is constant (all ones).
            assertTrue(mode == Mode.DIAG && !scaled && STATIONARY.contains(kc.name()), kc.name());
            return;
        }
        GradientChecker.Result result = GradientChecker.check(f, shapeArray, values.toArray(new double[0][]), 17);
        assertTrue(result.passes(GRADIENT_TOLERANCE),
                kc + " N=" + n + " Q=" + q + " ard=" + ard + " scaled=" + scaled + " " + mode + ": " + result);
    }
}
