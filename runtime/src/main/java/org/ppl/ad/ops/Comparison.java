package org.ppl.ad.ops;

/**
 * Comparisons and logical connectives of two arrays: each gives 1 where it holds and 0 elsewhere.
 * Logical arguments count as true when non-zero (NaN included, as in NumPy). Each has its own loop.
 */
public enum Comparison {
    LT("lt") {
        @Override
        void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib) {
            for (int k = 0; k < z.length; k++) z[k] = x[ia == null ? k : ia[k]] < y[ib == null ? k : ib[k]] ? 1 : 0;
        }
    },
    LE("le") {
        @Override
        void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib) {
            for (int k = 0; k < z.length; k++) z[k] = x[ia == null ? k : ia[k]] <= y[ib == null ? k : ib[k]] ? 1 : 0;
        }
    },
    GT("gt") {
        @Override
        void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib) {
            for (int k = 0; k < z.length; k++) z[k] = x[ia == null ? k : ia[k]] > y[ib == null ? k : ib[k]] ? 1 : 0;
        }
    },
    GE("ge") {
        @Override
        void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib) {
            for (int k = 0; k < z.length; k++) z[k] = x[ia == null ? k : ia[k]] >= y[ib == null ? k : ib[k]] ? 1 : 0;
        }
    },
    EQ("eq") {
        @Override
        void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib) {
            for (int k = 0; k < z.length; k++) z[k] = x[ia == null ? k : ia[k]] == y[ib == null ? k : ib[k]] ? 1 : 0;
        }
    },
    NE("ne") {
        @Override
        void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib) {
            for (int k = 0; k < z.length; k++) z[k] = x[ia == null ? k : ia[k]] != y[ib == null ? k : ib[k]] ? 1 : 0;
        }
    },
    AND("and") {
        @Override
        void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib) {
            for (int k = 0; k < z.length; k++) {
                z[k] = x[ia == null ? k : ia[k]] != 0 && y[ib == null ? k : ib[k]] != 0 ? 1 : 0;
            }
        }
    },
    OR("or") {
        @Override
        void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib) {
            for (int k = 0; k < z.length; k++) {
                z[k] = x[ia == null ? k : ia[k]] != 0 || y[ib == null ? k : ib[k]] != 0 ? 1 : 0;
            }
        }
    };

    private final String functionName;

    Comparison(String functionName) {
        this.functionName = functionName;
    }

    public String functionName() {
        return functionName;
    }

    /** {@code z[k] = x[ia[k]] ∘ y[ib[k]]}, a null map meaning the identity. */
    abstract void apply(double[] x, double[] y, double[] z, int[] ia, int[] ib);
}
