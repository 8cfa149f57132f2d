package org.ppl.ad.ops;

import java.util.Map;

/**
 * A function applied to each element of an array. An implementation runs a whole loop per call,
 * so an operation makes one call per evaluation and the loop inside is monomorphic.
 */
public interface UnaryFunction {
    /** The name in the model language ({@code exp}, {@code log1m_exp}). */
    String functionName();

    /** False for piecewise-constant functions (floor, sign, comparisons): no gradient flows. */
    boolean differentiable();

    /** {@code y[k] = f(x[k])} for every k. */
    void apply(double[] x, double[] y);

    /** {@code gx[k] += g[k] * f'(x[k])} for every k, where {@code y} holds the values f(x). */
    void pullBack(double[] x, double[] y, double[] g, double[] gx);

    /** The function called {@code name} in the model language, or null. */
    static UnaryFunction byName(String name) {
        return UnaryFunctionTable.BY_NAME.get(name);
    }

    /** Every function, by name ({@code inv_logit} is another name of {@code logistic}). */
    static Map<String, UnaryFunction> all() {
        return UnaryFunctionTable.BY_NAME;
    }
}
