package org.ppl.ad.ops;

/** Piecewise-constant functions: their outputs are not differentiable and pass no gradient back. */
public enum StepFunction implements UnaryFunction {
    FLOOR("floor") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.floor(x[k]);
        }
    },
    CEIL("ceil") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.ceil(x[k]);
        }
    },
    /** To the nearest integer, halves to even (NumPy's and Python's rounding). */
    ROUND("round") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.rint(x[k]);
        }
    },
    /** -1, 0 or 1 (NaN stays NaN). */
    SIGN("sign") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.signum(x[k]);
        }
    },
    /** Logical not: 1 where x is 0, else 0 (NaN counts as true, as in NumPy). */
    NOT("not") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = x[k] == 0 ? 1 : 0;
        }
    };

    private final String functionName;

    StepFunction(String functionName) {
        this.functionName = functionName;
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public boolean differentiable() {
        return false;
    }

    /** Never called: the output of a step function has no adjoint. */
    @Override
    public void pullBack(double[] x, double[] y, double[] g, double[] gx) {}
}
