package org.ppl.ad.ops;

/** The elementary functions, each with its own loops. */
public enum ElementaryFunction implements UnaryFunction {
    NEG("neg") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = -x[k];
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] -= g[k];
        }
    },
    EXP("exp") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.exp(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] * y[k];
        }
    },
    LOG("log") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.log(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] / x[k];
        }
    },
    LOG1P("log1p") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.log1p(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] / (1 + x[k]);
        }
    },
    /** log(1 - x). */
    LOG1M("log1m") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.log1p(-x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] -= g[k] / (1 - x[k]);
        }
    },
    EXPM1("expm1") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.expm1(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] * (y[k] + 1);
        }
    },
    SQRT("sqrt") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.sqrt(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += 0.5 * g[k] / y[k];
        }
    },
    SQUARE("square") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = x[k] * x[k];
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += 2 * g[k] * x[k];
        }
    },
    /** 1 / x. */
    INV("inv") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = 1 / x[k];
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] -= g[k] * y[k] * y[k];
        }
    },
    /** |x|; the subgradient at 0 is 0. */
    ABS("abs") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.abs(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] * Math.signum(x[k]);
        }
    },
    SIN("sin") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.sin(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] * Math.cos(x[k]);
        }
    },
    COS("cos") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.cos(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] -= g[k] * Math.sin(x[k]);
        }
    },
    TANH("tanh") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.tanh(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] * (1 - y[k] * y[k]);
        }
    };

    private final String functionName;

    ElementaryFunction(String functionName) {
        this.functionName = functionName;
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public boolean differentiable() {
        return true;
    }
}
