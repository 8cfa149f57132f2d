package org.ppl.infer.optimize;

/**
 * A line search for a step length α along a descent direction p that satisfies the strong Wolfe
 * conditions, f(x + αp) ≤ f(x) + c₁ α ∇f'p and |∇f(x + αp)'p| ≤ c₂ |∇f'p|, with c₁ = 1e-4 and
 * c₂ = 0.9 as Stan. It brackets an acceptable step by growing α tenfold, then shrinks the bracket
 * by safeguarded cubic interpolation (Nocedal and Wright, Numerical Optimization, 2nd ed.,
 * Algorithms 3.5 and 3.6, and eq. 3.59 for the cubic's minimiser). A point where the function
 * cannot be evaluated counts as +∞: it fails the decrease condition, so the search retreats
 * towards the last good point by bisection.
 */
final class StrongWolfeLineSearch {
    static final double C1 = 1e-4;
    static final double C2 = 0.9;
    private static final int MAX_BRACKETING = 20;
    private static final int MAX_ZOOM = 60;
    private static final double EXPANSION = 10.0;
    /** Interpolated points closer than this fraction of the bracket to its ends are bisected. */
    private static final double SAFEGUARD = 0.1;

    private final DifferentiableFunction function;
    private double[] x0;
    private double[] p;
    private double[] xOut;
    private double[] gOut;
    private double f0;
    private double slope0;
    private double value;
    private double slope;
    private double alpha;
    private int evaluations;

    StrongWolfeLineSearch(DifferentiableFunction function) {
        this.function = function;
    }

    /** Value at the accepted point. */
    double value() {
        return value;
    }

    /** The accepted step length. */
    double alpha() {
        return alpha;
    }

    /** Function evaluations made by this line search since it was created. */
    int evaluations() {
        return evaluations;
    }

    /**
     * Searches from {@code x} (value {@code f}, gradient {@code g}) along {@code direction},
     * starting with {@code alphaInit}. On success returns true with the new point in {@code xNew},
     * its gradient in {@code gNew}, and {@link #value()}, {@link #alpha()} set. On failure (not a
     * descent direction, or no acceptable step found) returns false; {@code xNew}, {@code gNew}
     * are then scratch.
     */
    boolean search(double[] x, double f, double[] g, double[] direction, double alphaInit, double[] xNew,
            double[] gNew) {
        this.x0 = x;
        this.p = direction;
        this.xOut = xNew;
        this.gOut = gNew;
        this.f0 = f;
        this.slope0 = LbfgsHistory.dot(g, direction);
        if (!(slope0 < 0)) return false;

        double aPrev = 0;
        double fPrev = f;
        double dPrev = slope0;
        double a = alphaInit;
        for (int i = 0; i < MAX_BRACKETING; i++) {
            evaluate(a);
            if (!sufficientDecrease(a, value) || (i > 0 && value >= fPrev)) {
                return zoom(aPrev, fPrev, dPrev, a, value, slope);
            }
            if (Math.abs(slope) <= -C2 * slope0) {
                alpha = a;
                return true;
            }
            if (slope >= 0) return zoom(a, value, slope, aPrev, fPrev, dPrev);
            aPrev = a;
            fPrev = value;
            dPrev = slope;
            a *= EXPANSION;
        }
        return false;
    }

    /**
     * Shrinks the bracket between lo (satisfies the decrease condition, lowest value so far) and
     * hi until a point satisfies both Wolfe conditions (Nocedal and Wright, Algorithm 3.6).
     */
    private boolean zoom(double lo, double fLo, double dLo, double hi, double fHi, double dHi) {
        for (int j = 1; j <= MAX_ZOOM; j++) {
            double width = Math.abs(hi - lo);
            if (width <= 1e-15 * Math.max(lo, hi)) return false;
            double a = j % 5 == 0 ? 0.5 * (lo + hi) : safeguardedCubic(lo, fLo, dLo, hi, fHi, dHi);
            evaluate(a);
            if (!sufficientDecrease(a, value) || value >= fLo) {
                hi = a;
                fHi = value;
                dHi = slope;
            } else {
                if (Math.abs(slope) <= -C2 * slope0) {
                    alpha = a;
                    return true;
                }
                if (slope * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                }
                lo = a;
                fLo = value;
                dLo = slope;
            }
        }
        return false;
    }

    /** Minimiser of the cubic through (a, fa, da) and (b, fb, db), kept inside the bracket. */
    static double safeguardedCubic(double a, double fa, double da, double b, double fb, double db) {
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double d2 = Math.signum(b - a) * Math.sqrt(d1 * d1 - da * db);
        double t = b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2);
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        double margin = SAFEGUARD * (high - low);
        if (!Double.isFinite(t) || t < low + margin || t > high - margin) return 0.5 * (a + b);
        return t;
    }

    private boolean sufficientDecrease(double a, double fa) {
        return fa <= f0 + C1 * a * slope0;
    }

    private void evaluate(double a) {
        for (int i = 0; i < x0.length; i++) xOut[i] = x0[i] + a * p[i];
        evaluations++;
        double fa = function.valueAndGradient(xOut, gOut);
        if (Double.isFinite(fa)) {
            value = fa;
            slope = LbfgsHistory.dot(gOut, p);
            if (!Double.isFinite(slope)) value = Double.POSITIVE_INFINITY;
        } else {
            value = Double.POSITIVE_INFINITY;
            slope = Double.NaN;
        }
    }
}
