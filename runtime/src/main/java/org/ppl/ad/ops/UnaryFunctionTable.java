package org.ppl.ad.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The unary functions by name, built when first used. */
final class UnaryFunctionTable {
    static final Map<String, UnaryFunction> BY_NAME;

    static {
        Map<String, UnaryFunction> table = new LinkedHashMap<>();
        for (UnaryFunction f : ElementaryFunction.values()) table.put(f.functionName(), f);
        for (UnaryFunction f : SpecialFunction.values()) table.put(f.functionName(), f);
        for (UnaryFunction f : StepFunction.values()) table.put(f.functionName(), f);
        table.put("inv_logit", SpecialFunction.LOGISTIC);
        BY_NAME = Collections.unmodifiableMap(table);
    }

    private UnaryFunctionTable() {}
}
