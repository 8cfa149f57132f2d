package org.ppl.compiler.ast;

import java.util.List;
import org.ppl.compiler.source.SourceSpan;

/** An expression of the model language, as written. Every node carries its source span. */
public sealed interface Expr {
    SourceSpan span();

    record Name(String name, SourceSpan span) implements Expr {}

    /** An integer literal: digits only ({@code 3}); {@code 3.0} and {@code 3e0} are real. */
    record IntLiteral(long value, SourceSpan span) implements Expr {}

    record RealLiteral(double value, String text, SourceSpan span) implements Expr {}

    record BoolLiteral(boolean value, SourceSpan span) implements Expr {}

    record StringLiteral(String value, SourceSpan span) implements Expr {}

    /** {@code None}: a new axis in a subscript, or {@code axis=None}. */
    record NoneLiteral(SourceSpan span) implements Expr {}

    record Unary(UnaryOp op, Expr operand, SourceSpan span) implements Expr {}

    /** {@code opSpan} is the operator itself, where shape errors of the operation point. */
    record Binary(BinaryOp op, Expr left, Expr right, SourceSpan opSpan, SourceSpan span) implements Expr {}

    record Call(Expr callee, List<Argument> arguments, SourceSpan span) implements Expr {}

    record Index(Expr target, List<Subscript> subscripts, SourceSpan span) implements Expr {}

    /** {@code target.name}: {@code x.T}, {@code gp.ExpQuad}, {@code f.marginal_likelihood}. */
    record Attribute(Expr target, String name, SourceSpan nameSpan, SourceSpan span) implements Expr {}

    /** {@code (a, b)}, {@code (a,)} or {@code ()}. */
    record Tuple(List<Expr> items, SourceSpan span) implements Expr {}

    /** {@code [a, b]}: an array built from equal-shaped items, as {@code np.array}. */
    record ListExpr(List<Expr> items, SourceSpan span) implements Expr {}

    enum UnaryOp {
        NEGATE("-"), PLUS("+"), NOT("not");

        public final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    enum BinaryOp {
        ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), FLOOR_DIVIDE("//"), MODULO("%"), MATMUL("@"),
        POWER("**"), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), EQUAL("=="),
        NOT_EQUAL("!="), AND("and"), OR("or");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public boolean isComparison() {
            return ordinal() >= LESS.ordinal() && ordinal() <= NOT_EQUAL.ordinal();
        }

        public boolean isLogical() {
            return this == AND || this == OR;
        }
    }
}
