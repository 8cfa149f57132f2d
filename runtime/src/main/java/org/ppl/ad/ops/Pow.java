package org.ppl.ad.ops;

import org.ppl.ad.Node;

/**
 * {@code a ** b} elementwise, broadcasting, with {@link Math#pow}'s real-valued semantics: a negative
 * base with an integer-valued exponent is fine ({@code (-2)**2 = 4}), with any other exponent NaN.
 * The derivative with respect to {@code b} is computed only when {@code b} carries a gradient.
 *
 * <p>A constant exponent whose elements are all 2, 0.5 or -1 (read when the operation is built)
 * takes a fast path without {@code Math.pow}.
 */
public final class Pow extends BinaryElementwise {
    private enum Path { GENERAL, SQUARE, SQRT, INVERSE }

    private final Path path;

    public Pow(Node a, Node b) {
        super("pow", a, b, anyDifferentiable(a, b));
        this.path = b.constant ? pathFor(b.value) : Path.GENERAL;
    }

    private static Path pathFor(double[] exponent) {
        if (exponent.length == 0) return Path.GENERAL;
        double p = exponent[0];
        for (double e : exponent) {
            if (Double.compare(e, p) != 0) return Path.GENERAL;
        }
        if (p == 2) return Path.SQUARE;
        if (p == 0.5) return Path.SQRT;
        if (p == -1) return Path.INVERSE;
        return Path.GENERAL;
    }

    @Override
    public void forward() {
        double[] x = a.value, y = b.value, z = out.value;
        switch (path) {
            case SQUARE:
                for (int k = 0; k < z.length; k++) {
                    double v = x[ia == null ? k : ia[k]];
                    z[k] = v * v;
                }
                break;
            case SQRT:
                for (int k = 0; k < z.length; k++) {
                    double v = x[ia == null ? k : ia[k]];
                    z[k] = v == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : Math.sqrt(v); // as Math.pow
                }
                break;
            case INVERSE:
                for (int k = 0; k < z.length; k++) z[k] = 1 / x[ia == null ? k : ia[k]];
                break;
            default:
                for (int k = 0; k < z.length; k++) {
                    z[k] = Math.pow(x[ia == null ? k : ia[k]], y[ib == null ? k : ib[k]]);
                }
        }
    }

    @Override
    public void backward() {
        if (a.adjoint != null) backwardBase();
        if (b.adjoint != null) backwardExponent();
    }

    private void backwardBase() {
        double[] g = out.adjoint, x = a.value, y = b.value, z = out.value, ga = a.adjoint;
        switch (path) {
            case SQUARE:
                for (int k = 0; k < g.length; k++) {
                    int i = ia == null ? k : ia[k];
                    ga[i] += 2 * g[k] * x[i];
                }
                break;
            case SQRT:
                for (int k = 0; k < g.length; k++) ga[ia == null ? k : ia[k]] += 0.5 * g[k] / z[k];
                break;
            case INVERSE:
                for (int k = 0; k < g.length; k++) ga[ia == null ? k : ia[k]] -= g[k] * z[k] * z[k];
                break;
            default:
                for (int k = 0; k < g.length; k++) {
                    int i = ia == null ? k : ia[k];
                    double e = y[ib == null ? k : ib[k]];
                    // d(x^0)/dx = 0 everywhere, also at x = 0 where 0 * 0^-1 would be NaN.
                    if (e != 0) ga[i] += g[k] * e * Math.pow(x[i], e - 1);
                }
        }
    }

    /** d(x^y)/dy = x^y log x, taken as 0 where x^y = 0 (x = 0, y > 0), as Stan does. */
    private void backwardExponent() {
        double[] g = out.adjoint, x = a.value, z = out.value, gb = b.adjoint;
        for (int k = 0; k < g.length; k++) {
            if (z[k] == 0) continue;
            gb[ib == null ? k : ib[k]] += g[k] * z[k] * Math.log(x[ia == null ? k : ia[k]]);
        }
    }

    @Override
    public String name() {
        return "pow";
    }
}
