package org.ppl.compiler.ir;

/** One index of an {@link IrExpr.Index}. */
public sealed interface IrIndex {
    /** An integer scalar: selects one position and drops the axis (negative counts from the end). */
    record At(IrExpr index) implements IrIndex {}

    /** An integer array: gathers positions along the axis (its adjoint scatters back). */
    record Gather(IrExpr indices) implements IrIndex {}

    /** {@code None}: a new axis of size 1. */
    record NewAxis() implements IrIndex {}

    /** {@code start:stop:step}, each null when absent (Python's defaults). */
    record Slice(IrExpr start, IrExpr stop, IrExpr step) implements IrIndex {}
}
