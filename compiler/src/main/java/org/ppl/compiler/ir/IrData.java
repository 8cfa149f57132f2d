package org.ppl.compiler.ir;

import java.util.List;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.compiler.types.Type;

/**
 * A data declaration: the symbol, its declared type, the expressions of its declared sizes (a
 * {@link IrExpr.Ref} to a size symbol is bound from the data's shape; any other expression is
 * evaluated and checked), the default (a constant or a stack of constants, or null) and the
 * bounds (or null).
 */
public record IrData(Symbol symbol, Type.Tensor type, List<IrExpr> sizes, IrExpr defaultValue, IrExpr lower, IrExpr upper,
        SourceSpan span) {}
