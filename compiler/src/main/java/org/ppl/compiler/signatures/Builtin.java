package org.ppl.compiler.signatures;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the language: the operators (not callable by name) and the built-in
 * functions (callable, with NumPy's argument names). The typed IR applies these; the rule says
 * how the checker types each one.
 */
public enum Builtin {
    // Operators.
    ADD("+", Rule.ARITHMETIC), SUBTRACT("-", Rule.ARITHMETIC), MULTIPLY("*", Rule.ARITHMETIC),
    DIVIDE("/", Rule.ARITHMETIC), FLOOR_DIVIDE("//", Rule.ARITHMETIC), MODULO("%", Rule.ARITHMETIC),
    POWER("**", Rule.ARITHMETIC), MATMUL("@", Rule.MATMUL), NEGATE("-", Rule.UNARY), NOT("not", Rule.LOGICAL),
    AND("and", Rule.LOGICAL), OR("or", Rule.LOGICAL), LESS("<", Rule.COMPARISON), LESS_EQUAL("<=", Rule.COMPARISON),
    GREATER(">", Rule.COMPARISON), GREATER_EQUAL(">=", Rule.COMPARISON), EQUAL("==", Rule.COMPARISON),
    NOT_EQUAL("!=", Rule.COMPARISON), TRANSPOSE(".T", Rule.UNARY),

    // Elementwise functions of reals.
    EXP("exp", Rule.ELEMENTWISE_REAL, "x"), LOG("log", Rule.ELEMENTWISE_REAL, "x"), LOG1P("log1p", Rule.ELEMENTWISE_REAL, "x"),
    EXPM1("expm1", Rule.ELEMENTWISE_REAL, "x"), SQRT("sqrt", Rule.ELEMENTWISE_REAL, "x"),
    SIN("sin", Rule.ELEMENTWISE_REAL, "x"), COS("cos", Rule.ELEMENTWISE_REAL, "x"), TANH("tanh", Rule.ELEMENTWISE_REAL, "x"),
    LOGISTIC("logistic", Rule.ELEMENTWISE_REAL, "x"), LOGIT("logit", Rule.ELEMENTWISE_REAL, "x"),
    SOFTPLUS("softplus", Rule.ELEMENTWISE_REAL, "x"), LGAMMA("lgamma", Rule.ELEMENTWISE_REAL, "x"),
    DIGAMMA("digamma", Rule.ELEMENTWISE_REAL, "x"), LOG1M("log1m", Rule.ELEMENTWISE_REAL, "x"),
    INV("inv", Rule.ELEMENTWISE_REAL, "x"), INV_LOGIT("inv_logit", Rule.ELEMENTWISE_REAL, "x"),
    LOG_LOGISTIC("log_logistic", Rule.ELEMENTWISE_REAL, "x"), LOG1M_EXP("log1m_exp", Rule.ELEMENTWISE_REAL, "x"),
    // Not differentiable (piecewise constant): real results as NumPy's.
    FLOOR("floor", Rule.ELEMENTWISE_REAL, "x"), CEIL("ceil", Rule.ELEMENTWISE_REAL, "x"), ROUND("round", Rule.ELEMENTWISE_REAL, "x"),
    SIGN("sign", Rule.ELEMENTWISE_REAL, "x"),
    // Elementwise functions that keep integers integers.
    NEG("neg", Rule.ELEMENTWISE_SAME, "x"), SQUARE("square", Rule.ELEMENTWISE_SAME, "x"), ABS("abs", Rule.ELEMENTWISE_SAME, "x"),
    LBETA("lbeta", Rule.ELEMENTWISE_BINARY, "a", "b"), POW("pow", Rule.ELEMENTWISE_BINARY, "a", "b"),
    MINIMUM("minimum", Rule.ELEMENTWISE_BINARY_SAME, "a", "b"), MAXIMUM("maximum", Rule.ELEMENTWISE_BINARY_SAME, "a", "b"),

    // Reductions over all elements or one axis.
    SUM("sum", Rule.REDUCTION, "x", "axis?"), MEAN("mean", Rule.REDUCTION, "x", "axis?"), MIN("min", Rule.REDUCTION, "x", "axis?"),
    MAX("max", Rule.REDUCTION, "x", "axis?"), LOG_SUM_EXP("log_sum_exp", Rule.REDUCTION, "x", "axis?"),
    PROD("prod", Rule.REDUCTION, "x", "axis?"), VAR("var", Rule.REDUCTION, "x", "axis?"), STD("std", Rule.REDUCTION, "x", "axis?"),
    SOFTMAX("softmax", Rule.SOFTMAX, "x", "axis?"), LOG_SOFTMAX("log_softmax", Rule.SOFTMAX, "x", "axis?"),
    CUMSUM("cumsum", Rule.CUMSUM, "x", "axis?"),

    // Linear algebra.
    DOT("dot", Rule.DOT, "a", "b"), CHOLESKY("cholesky", Rule.CHOLESKY, "x"), SOLVE("solve", Rule.SOLVE, "a", "b"),
    DIAG("diag", Rule.DIAG, "x"), LOGDET("logdet", Rule.LOGDET, "x"),

    // Construction and reshaping.
    EYE("eye", Rule.EYE, "n"), ZEROS("zeros", Rule.FILL, "shape"), ONES("ones", Rule.FILL, "shape"),
    STACK("stack", Rule.JOIN, "arrays", "axis?"), CONCATENATE("concatenate", Rule.JOIN, "arrays", "axis?"),
    WHERE("where", Rule.WHERE, "condition", "x", "y"), RESHAPE("reshape", Rule.RESHAPE, "x", "shape"),
    BROADCAST_TO("broadcast_to", Rule.BROADCAST_TO, "x", "shape"),

    // A distribution's log density as an expression; range, valid only as the iterable of a for loop.
    LOGP("logp", Rule.LOGP, "dist", "value"), RANGE("range", Rule.RANGE, "start", "stop?", "step?");

    /** How the checker types an application. */
    public enum Rule {
        ARITHMETIC, MATMUL, UNARY, LOGICAL, COMPARISON, ELEMENTWISE_REAL, ELEMENTWISE_SAME, ELEMENTWISE_BINARY,
        ELEMENTWISE_BINARY_SAME, REDUCTION, SOFTMAX, CUMSUM, DOT, CHOLESKY, SOLVE, DIAG, LOGDET, EYE, FILL, JOIN, WHERE,
        RESHAPE, BROADCAST_TO, LOGP, RANGE
    }

    private static final Map<String, Builtin> FUNCTIONS = new LinkedHashMap<>();

    static {
        for (Builtin b : values()) if (b.signature != null) FUNCTIONS.put(b.spelling, b);
    }

    /** The operator symbol or the function name. */
    public final String spelling;
    public final Rule rule;
    /** Null for operators. */
    public final Signature signature;

    Builtin(String spelling, Rule rule, String... params) {
        this.spelling = spelling;
        this.rule = rule;
        boolean callable = params.length > 0;
        this.signature = callable
                ? new Signature(spelling, Arrays.stream(params)
                        .map(p -> p.endsWith("?") ? Param.optional(p.substring(0, p.length() - 1)) : Param.required(p)).toList())
                : null;
    }

    /** The built-in function called {@code name}, or null. */
    public static Builtin function(String name) {
        return FUNCTIONS.get(name);
    }

    public static Set<String> functionNames() {
        return Collections.unmodifiableSet(FUNCTIONS.keySet());
    }
}
