package org.ppl.ad.ops;

/** The logistic family, log-space helpers and the gamma family, each computed stably. */
public enum SpecialFunction implements UnaryFunction {
    /** 1 / (1 + exp(-x)), also called inv_logit. */
    LOGISTIC("logistic") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Special.logistic(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] * y[k] * (1 - y[k]);
        }
    },
    /** log(x / (1 - x)). */
    LOGIT("logit") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Math.log(x[k] / (1 - x[k]));
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] / (x[k] * (1 - x[k]));
        }
    },
    /** log(1 + exp(x)). Its derivative, logistic(x), is 1 - exp(-y) = -expm1(-y). */
    SOFTPLUS("softplus") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Special.log1pExp(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] -= g[k] * Math.expm1(-y[k]);
        }
    },
    /** log(logistic(x)) = -softplus(-x). Its derivative, logistic(-x), is 1 - exp(y) = -expm1(y). */
    LOG_LOGISTIC("log_logistic") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = -Special.log1pExp(-x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] -= g[k] * Math.expm1(y[k]);
        }
    },
    /**
     * log(1 - exp(x)), for x ≤ 0. Its derivative is -exp(x) / (1 - exp(x)) = -1 / expm1(-x), with -x
     * written 0 - x so that at x = 0 it is +0 and the derivative is -∞ (the one-sided limit).
     */
    LOG1M_EXP("log1m_exp") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Special.log1mExp(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] -= g[k] / Math.expm1(0.0 - x[k]);
        }
    },
    /** log |Γ(x)|. */
    LGAMMA("lgamma") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Special.lgamma(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] * Special.digamma(x[k]);
        }
    },
    DIGAMMA("digamma") {
        @Override
        public void apply(double[] x, double[] y) {
            for (int k = 0; k < y.length; k++) y[k] = Special.digamma(x[k]);
        }

        @Override
        public void pullBack(double[] x, double[] y, double[] g, double[] gx) {
            for (int k = 0; k < g.length; k++) gx[k] += g[k] * Special.trigamma(x[k]);
        }
    };

    private final String functionName;

    SpecialFunction(String functionName) {
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
