package org.ppl.ad.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.ppl.ad.Node;
import org.ppl.ad.Op;

/**
 * The general functions of the model language by name, for a compiler lowering calls: elementwise
 * functions of one and two arguments, and reductions with an optional axis. Each returns an
 * operation to push on a tape, or null when the name is not one of that kind.
 */
public final class Builtins {
    /** A reduction or along-axis operation, given its input and axis (null: the default). */
    @FunctionalInterface
    public interface AxisBuilder {
        Op build(Node x, Integer axis);
    }

    private static final Map<String, BiFunction<Node, Node, Op>> BINARY = new LinkedHashMap<>();
    private static final Map<String, AxisBuilder> AXIS = new LinkedHashMap<>();

    static {
        BINARY.put("add", Add::new);
        BINARY.put("sub", Sub::new);
        BINARY.put("mul", Mul::new);
        BINARY.put("div", Div::new);
        BINARY.put("pow", Pow::new);
        BINARY.put("floor_divide", FloorDivide::new);
        BINARY.put("mod", Modulo::new);
        BINARY.put("minimum", Minimum::new);
        BINARY.put("maximum", Maximum::new);
        BINARY.put("lbeta", LogBeta::new);
        for (Comparison c : Comparison.values()) BINARY.put(c.functionName(), (a, b) -> new Compare(c, a, b));

        AXIS.put("sum", (x, axis) -> axis == null ? new Sum(x) : new Sum(x, axis));
        AXIS.put("mean", (x, axis) -> axis == null ? new Mean(x) : new Mean(x, axis));
        AXIS.put("prod", (x, axis) -> axis == null ? new Prod(x) : new Prod(x, axis));
        AXIS.put("max", (x, axis) -> axis == null ? Extremum.max(x) : Extremum.max(x, axis));
        AXIS.put("min", (x, axis) -> axis == null ? Extremum.min(x) : Extremum.min(x, axis));
        AXIS.put("log_sum_exp", (x, axis) -> axis == null ? new LogSumExp(x) : new LogSumExp(x, axis));
        AXIS.put("var", (x, axis) -> Variance.variance(x, axis, 0));
        AXIS.put("std", (x, axis) -> Variance.standardDeviation(x, axis, 0));
        AXIS.put("softmax", (x, axis) -> axis == null ? new Softmax(x) : new Softmax(x, axis));
        AXIS.put("log_softmax", (x, axis) -> axis == null ? new LogSoftmax(x) : new LogSoftmax(x, axis));
        AXIS.put("cumsum", (x, axis) -> axis == null ? new CumSum(x) : new CumSum(x, axis));
    }

    private Builtins() {}

    /** {@code name(x)} for an elementwise function of one argument ({@code exp}, {@code floor}, {@code not}). */
    public static Op unary(String name, Node x) {
        UnaryFunction f = UnaryFunction.byName(name);
        return f == null ? null : new Unary(f, x);
    }

    /** {@code name(a, b)} for an elementwise function of two arguments, broadcasting. */
    public static Op binary(String name, Node a, Node b) {
        BiFunction<Node, Node, Op> f = BINARY.get(name);
        return f == null ? null : f.apply(a, b);
    }

    /**
     * {@code name(x, axis=axis)} for a reduction (axis null: all elements) or an along-axis
     * operation (axis null: the last axis for softmax, the flattened array for cumsum).
     */
    public static Op alongAxis(String name, Node x, Integer axis) {
        AxisBuilder f = AXIS.get(name);
        return f == null ? null : f.build(x, axis);
    }

    public static Set<String> unaryNames() {
        return UnaryFunction.all().keySet();
    }

    public static Set<String> binaryNames() {
        return Collections.unmodifiableSet(BINARY.keySet());
    }

    public static Set<String> axisNames() {
        return Collections.unmodifiableSet(AXIS.keySet());
    }
}
