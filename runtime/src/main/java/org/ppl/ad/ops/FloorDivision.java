package org.ppl.ad.ops;

/**
 * Python's floor division and modulo of doubles ({@code a // b}, {@code a % b}), written the way
 * CPython's {@code float_divmod} does so that whole numbers give exact results: the remainder has
 * the sign of the divisor, and {@code a == (a // b) * b + a % b} up to rounding. A zero divisor
 * gives NumPy's answers ({@code a / 0} for {@code //}, NaN for {@code %}) rather than an error.
 */
final class FloorDivision {
    private FloorDivision() {}

    static double mod(double a, double b) {
        if (b == 0) return Double.NaN;
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    static double floorDivide(double a, double b) {
        if (b == 0) return a / b;
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && (b < 0) != (m < 0)) div -= 1.0;
        if (div == 0) return Math.copySign(0.0, a / b);
        double floor = Math.floor(div);
        // (a - m) / b is a whole number up to rounding; snap it as CPython does.
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }
}
