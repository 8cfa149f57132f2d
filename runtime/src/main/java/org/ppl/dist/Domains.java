package org.ppl.dist;

import org.ppl.dist.Distribution.Domain;

/** Whether a parameter value lies in its domain, and the sentence saying why not. */
final class Domains {
    private Domains() {}

    /** Null when {@code v} is in {@code domain}; else what it must be ("must be positive"). */
    static String violation(Domain domain, double v) {
        switch (domain) {
            case REAL:
                return Double.isFinite(v) ? null : "must be finite";
            case POSITIVE:
                return v > 0 && v < Double.POSITIVE_INFINITY ? null : "must be positive and finite";
            case NONNEGATIVE:
                return v >= 0 && v < Double.POSITIVE_INFINITY ? null : "must be nonnegative and finite";
            case UNIT_INTERVAL:
                return v >= 0 && v <= 1 ? null : "must be in [0, 1]";
            case POSITIVE_INTEGER:
                return v >= 1 && DistMath.isNonnegativeInteger(v) ? null : "must be a positive integer";
            case NONNEGATIVE_INTEGER:
                return DistMath.isNonnegativeInteger(v) ? null : "must be a nonnegative integer";
            default:
                return Double.isFinite(v) ? null : "must be finite";
        }
    }

    /** Throws naming the distribution, the parameter and its value when it is outside its domain. */
    static void require(String dist, Distribution.Parameter p, double v) {
        String why = violation(p.domain(), v);
        if (why != null) throw new IllegalArgumentException(dist + ": " + p.name() + " is " + v + ", but " + why);
    }

    /**
     * Checks every element of a positive parameter and fills its inverse and logarithm; false when
     * one is not positive and finite.
     */
    static boolean positiveScale(double[] s, double[] inverse, double[] log) {
        for (int i = 0; i < s.length; i++) {
            double v = s[i];
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) return false;
            inverse[i] = 1.0 / v;
            log[i] = Math.log(v);
        }
        return true;
    }

    /** Checks every element of a positive parameter and fills its logarithm. */
    static boolean positiveLog(double[] s, double[] log) {
        for (int i = 0; i < s.length; i++) {
            double v = s[i];
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) return false;
            log[i] = Math.log(v);
        }
        return true;
    }

    /** Checks that every element is positive and finite. */
    static boolean allPositive(double[] s) {
        for (double v : s) {
            if (!(v > 0 && v < Double.POSITIVE_INFINITY)) return false;
        }
        return true;
    }
}
