package org.ppl.gp.cov;

import java.util.List;
import java.util.Random;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/**
 * A kernel under test: how to build it from hyperparameter nodes, which values its hyperparameters
 * take, and its textbook formula (written here independently of the operations).
 */
record KernelCase(String name, List<Hyper> hypers, Factory factory, Formula formula) {
    /** A hyperparameter: per active dimension (ARD) or scalar, drawn uniformly from [lo, hi] or N(0, 1). */
    record Hyper(String name, boolean perDimension, double lo, double hi, boolean gaussian) {
        Shape shape(int q, boolean ard) {
            return perDimension && ard ? Shape.vector(q) : Shape.SCALAR;
        }

        double[] draw(int q, boolean ard, Random r) {
            double[] v = new double[shape(q, ard).size()];
            for (int i = 0; i < v.length; i++) v[i] = gaussian ? r.nextGaussian() : lo + (hi - lo) * r.nextDouble();
            return v;
        }
    }

    @FunctionalInterface
    interface Factory {
        Kernel make(int inputDim, Node[] hypers);
    }

    @FunctionalInterface
    interface Formula {
        /** k(xi, xj) with hyperparameter values h (h[k][q] for per-dimension ones); same = K(X, X) at i == j. */
        double k(double[] xi, double[] xj, boolean same, double[][] h);
    }

    static double at(double[] h, int q) {
        return h.length == 1 ? h[0] : h[q];
    }

    static double r2(double[] xi, double[] xj, double[] ls) {
        double s = 0;
        for (int q = 0; q < xi.length; q++) {
            double d = (xi[q] - xj[q]) / at(ls, q);
            s += d * d;
        }
        return s;
    }

    static double dot(double[] xi, double[] xj, double[] c) {
        double s = 0;
        for (int q = 0; q < xi.length; q++) s += (xi[q] - at(c, q)) * (xj[q] - at(c, q));
        return s;
    }

    private static Hyper positive(String name, boolean perDim) {
        return new Hyper(name, perDim, 0.5, 1.5, false);
    }

    /** Polynomial degree used by the table (a constant; its own gradient is tested apart). */
    static final double DEGREE = 3;

    static List<KernelCase> all() {
        Hyper ls = positive("ls", true);
        return List.of(
            new KernelCase("ExpQuad", List.of(ls), (d, h) -> new ExpQuad(d, h[0]),
                (a, b, same, h) -> Math.exp(-0.5 * r2(a, b, h[0]))),
            new KernelCase("Matern52", List.of(ls), (d, h) -> new Matern52(d, h[0]), (a, b, same, h) -> {
                double r = Math.sqrt(r2(a, b, h[0]));
                return (1 + Math.sqrt(5) * r + 5 * r * r / 3) * Math.exp(-Math.sqrt(5) * r);
            }),
            new KernelCase("Matern32", List.of(ls), (d, h) -> new Matern32(d, h[0]), (a, b, same, h) -> {
                double r = Math.sqrt(r2(a, b, h[0]));
                return (1 + Math.sqrt(3) * r) * Math.exp(-Math.sqrt(3) * r);
            }),
            new KernelCase("Exponential", List.of(ls), (d, h) -> new Exponential(d, h[0]),
                (a, b, same, h) -> Math.exp(-0.5 * Math.sqrt(r2(a, b, h[0])))),
            new KernelCase("RatQuad", List.of(new Hyper("alpha", false, 0.5, 2.0, false), ls),
                (d, h) -> new RatQuad(d, h[0], h[1]),
                (a, b, same, h) -> Math.pow(1 + r2(a, b, h[1]) / (2 * h[0][0]), -h[0][0])),
            new KernelCase("Periodic", List.of(new Hyper("period", true, 1.0, 2.0, false), ls),
                (d, h) -> new Periodic(d, h[0], h[1]), (a, b, same, h) -> {
                    double s = 0;
                    for (int q = 0; q < a.length; q++) {
                        double sn = Math.sin(Math.PI * Math.abs(a[q] - b[q]) / at(h[0], q)) / at(h[1], q);
                        s += sn * sn;
                    }
                    return Math.exp(-0.5 * s);
                }),
            new KernelCase("Linear", List.of(new Hyper("c", true, 0, 0, true)), (d, h) -> new Linear(d, h[0]),
                (a, b, same, h) -> dot(a, b, h[0])),
            new KernelCase("Polynomial", List.of(new Hyper("c", true, 0, 0, true), new Hyper("offset", false, 0.5, 2, false)),
                (d, h) -> new Polynomial(d, h[0], new Tape().constant(DEGREE), h[1]),
                (a, b, same, h) -> Math.pow(dot(a, b, h[0]) + h[1][0], DEGREE)),
            new KernelCase("WhiteNoise", List.of(new Hyper("sigma", false, 0.5, 1.5, false)),
                (d, h) -> new WhiteNoise(h[0]), (a, b, same, h) -> same ? h[0][0] * h[0][0] : 0.0),
            new KernelCase("Constant", List.of(new Hyper("c", false, 0.5, 1.5, false)),
                (d, h) -> new Constant(h[0]), (a, b, same, h) -> h[0][0]));
    }

    @Override
    public String toString() {
        return name;
    }
}
