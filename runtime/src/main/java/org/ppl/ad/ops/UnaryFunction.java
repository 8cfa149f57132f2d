package org.ppl.ad.ops;

import java.util.HashMap;
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
        return Registry.BY_NAME.get(name);
    }

    /** Every function, by name. */
    static Map<String, UnaryFunction> all() {
        return Map.copyOf(Registry.BY_NAME);
    }

    /** Holder of the name table, built when first used. */
    final class Registry {
        private static final Map<String, UnaryFunction> BY_NAME = new HashMap<>();

        static {
            for (UnaryFunction f : ElementaryFunction.values()) BY_NAME.put(f.functionName(), f);
            for (UnaryFunction f : SpecialFunction.values()) BY_NAME.put(f.functionName(), f);
            for (UnaryFunction f : StepFunction.values()) BY_NAME.put(f.functionName(), f);
            BY_NAME.put("inv_logit", SpecialFunction.LOGISTIC);
        }

        private Registry() {}
    }
}
