package org.ppl.compiler.ir;

import java.util.List;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.compiler.types.Type;

/** A statement of the typed IR, in program order. */
public sealed interface IrStmt {
    SourceSpan span();

    /** A parameter with its prior; {@code type} is the parameter's shape. */
    record Sample(Symbol parameter, IrExpr distribution, Type.Tensor type, Constraint constraint, SourceSpan span)
            implements IrStmt {}

    /** An observed term: log p(value | distribution) is added to the log density. */
    record Observe(IrExpr value, IrExpr distribution, SourceSpan span) implements IrStmt {}

    /** A local assignment; several targets unpack a tuple. */
    record Assign(List<Symbol> targets, IrExpr value, SourceSpan span) implements IrStmt {}

    /** A deterministic saved with every draw. */
    record Save(Symbol name, IrExpr value, SourceSpan span) implements IrStmt {}

    record AddTarget(IrExpr term, SourceSpan span) implements IrStmt {}

    /** {@code for variable in range(start, stop, step)}: lowering unrolls it once the data are bound. */
    record Loop(Symbol variable, IrExpr start, IrExpr stop, IrExpr step, List<IrStmt> body, SourceSpan span) implements IrStmt {}

    /** An if on a data-only condition: lowering keeps the branch the data select. */
    record Branch(IrExpr condition, List<IrStmt> then, List<IrStmt> otherwise, SourceSpan span) implements IrStmt {}
}
