package org.ppl.compiler.lower;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.linalg.Cholesky;
import org.ppl.ad.linalg.Diag;
import org.ppl.ad.linalg.LogDeterminant;
import org.ppl.ad.linalg.MatMul;
import org.ppl.ad.linalg.MatrixTranspose;
import org.ppl.ad.ops.BroadcastTo;
import org.ppl.ad.ops.Builtins;
import org.ppl.ad.ops.Concatenate;
import org.ppl.ad.ops.Dot;
import org.ppl.ad.ops.Reshape;
import org.ppl.ad.ops.Solve;
import org.ppl.ad.ops.Stack;
import org.ppl.ad.ops.Where;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.signatures.Builtin;

/**
 * Operators and built-in functions: each {@link Builtin} becomes one runtime operation, found by
 * its name in {@link Builtins} or built directly (matrix operations, joins, where, shapes).
 */
final class FunctionLowering {
    /** The runtime's names of the operators and two-argument functions. */
    private static final Map<Builtin, String> BINARY = new EnumMap<>(Builtin.class);

    static {
        BINARY.put(Builtin.ADD, "add");
        BINARY.put(Builtin.SUBTRACT, "sub");
        BINARY.put(Builtin.MULTIPLY, "mul");
        BINARY.put(Builtin.DIVIDE, "div");
        BINARY.put(Builtin.FLOOR_DIVIDE, "floor_divide");
        BINARY.put(Builtin.MODULO, "mod");
        BINARY.put(Builtin.POWER, "pow");
        BINARY.put(Builtin.AND, "and");
        BINARY.put(Builtin.OR, "or");
        BINARY.put(Builtin.LESS, "lt");
        BINARY.put(Builtin.LESS_EQUAL, "le");
        BINARY.put(Builtin.GREATER, "gt");
        BINARY.put(Builtin.GREATER_EQUAL, "ge");
        BINARY.put(Builtin.EQUAL, "eq");
        BINARY.put(Builtin.NOT_EQUAL, "ne");
        BINARY.put(Builtin.LBETA, "lbeta");
        BINARY.put(Builtin.POW, "pow");
        BINARY.put(Builtin.MINIMUM, "minimum");
        BINARY.put(Builtin.MAXIMUM, "maximum");
    }

    private final LoweringContext ctx;
    private final ExprLowering exprs;

    FunctionLowering(LoweringContext ctx, ExprLowering exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    /** The runtime name of an operator or two-argument function, or null (for tests). */
    static String binaryName(Builtin b) {
        return BINARY.get(b);
    }

    Value apply(IrExpr.Apply a) {
        List<IrExpr> args = a.args();
        switch (a.op().rule) {
            case EYE:
                return new Value.Tensor(identity(exprs.sizes(args)[0]));
            case FILL:
                return new Value.Tensor(filled(exprs.sizes(args), a.op() == Builtin.ONES ? 1.0 : 0.0));
            case RESHAPE:
            case BROADCAST_TO:
                return reshape(a);
            default:
                break;
        }
        List<Value> values = exprs.all(args);
        Value.Deferred deferred = ExprLowering.deferred(values);
        if (deferred != null) return deferred;
        Node[] nodes = ExprLowering.nodes(values);
        try {
            return new Value.Tensor(ctx.tape.push(operation(a, nodes)));
        } catch (ShapeException e) {
            throw LoweringError.shapes(a.span(), message(a, nodes, e));
        }
    }

    /**
     * Elementwise operands that do not broadcast, as the checker says it ({@code '+': shapes (N,) =
     * (3,) and (P,) = (4,) do not broadcast}); other operations with the runtime's reason after the shapes.
     */
    private static String message(IrExpr.Apply a, Node[] nodes, ShapeException e) {
        boolean elementwise = BINARY.containsKey(a.op()) || a.op().rule == Builtin.Rule.WHERE;
        if (elementwise && e.getMessage().endsWith("do not broadcast")) {
            StringBuilder sb = new StringBuilder("'").append(a.op().spelling).append("': shapes ");
            for (int i = 0; i < nodes.length; i++) {
                if (i > 0) sb.append(i == nodes.length - 1 ? " and " : ", ");
                sb.append(Spelling.shape(a.args().get(i), nodes[i]));
            }
            return sb.append(" do not broadcast").toString();
        }
        return describe(a, nodes) + ": " + e.getMessage();
    }

    /** {@code '+' on shapes (N,) = (3,) and (P,) = (4,)}. */
    private static String describe(IrExpr.Apply a, Node[] nodes) {
        StringBuilder sb = new StringBuilder("'").append(a.op().spelling).append("' on shape");
        sb.append(nodes.length == 1 ? " " : "s ");
        for (int i = 0; i < nodes.length; i++) {
            if (i > 0) sb.append(i == nodes.length - 1 ? " and " : ", ");
            sb.append(Spelling.shape(a.args().get(i), nodes[i]));
        }
        return sb.toString();
    }

    private Op operation(IrExpr.Apply a, Node[] x) {
        Builtin op = a.op();
        String binary = BINARY.get(op);
        if (binary != null) return Builtins.binary(binary, x[0], x[1]);
        switch (op.rule) {
            case ELEMENTWISE_REAL:
            case ELEMENTWISE_SAME:
                return Builtins.unary(op.spelling, x[0]);
            case REDUCTION:
            case SOFTMAX:
            case CUMSUM:
                return Builtins.alongAxis(op.spelling, x[0], a.axis());
            case JOIN:
                return op == Builtin.STACK ? Stack.of(Arrays.asList(x), a.axis()) : Concatenate.of(Arrays.asList(x), a.axis());
            case WHERE:
                return new Where(x[0], x[1], x[2]);
            default:
                return linearAlgebra(op, x);
        }
    }

    private static Op linearAlgebra(Builtin op, Node[] x) {
        switch (op) {
            case NEGATE:
                return Builtins.unary("neg", x[0]);
            case NOT:
                return Builtins.unary("not", x[0]);
            case MATMUL:
                return new MatMul(x[0], x[1]);
            case TRANSPOSE:
                return new MatrixTranspose(x[0]);
            case DOT:
                if (x[0].shape.isScalar() || x[1].shape.isScalar()) return Builtins.binary("mul", x[0], x[1]);
                if (x[0].shape.isVector() && x[1].shape.isVector()) return new Dot(x[0], x[1]);
                return new MatMul(x[0], x[1]);
            case CHOLESKY:
                return new Cholesky(x[0]);
            case SOLVE:
                return new Solve(x[0], x[1]);
            case DIAG:
                return new Diag(x[0]);
            case LOGDET:
                return new LogDeterminant(x[0]);
            default:
                throw new IllegalStateException("no lowering for " + op);
        }
    }

    /** {@code reshape(x, shape)} and {@code broadcast_to(x, shape)}: the sizes follow the array in the IR. */
    private Value reshape(IrExpr.Apply a) {
        Value x = exprs.lower(a.args().get(0));
        if (x instanceof Value.Deferred) return x;
        int[] dims = exprs.sizes(a.args().subList(1, a.args().size()));
        Node node = ExprLowering.node(x);
        try {
            Op op = a.op() == Builtin.RESHAPE ? Reshape.of(node, dims) : new BroadcastTo(node, Shape.of(dims));
            return new Value.Tensor(ctx.tape.push(op));
        } catch (ShapeException e) {
            throw LoweringError.shapes(a.span(), a.op().spelling + " of shape " + Spelling.shape(a.args().get(0), node)
                    + " to " + Shape.of(dims) + ": " + e.getMessage());
        }
    }

    private Node identity(int n) {
        double[] values = new double[n * n];
        for (int i = 0; i < n; i++) values[i * n + i] = 1.0;
        return ctx.tape.constant(Shape.matrix(n, n), values);
    }

    private Node filled(int[] dims, double value) {
        Shape shape = Shape.of(dims);
        double[] values = new double[shape.size()];
        Arrays.fill(values, value);
        return ctx.tape.constant(shape, values);
    }
}
