package org.ppl.compiler.ir;

import java.util.List;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.source.SourceFile;

/**
 * A checked model, ready for lowering: the size names taken from data shapes, the data
 * declarations, and the body in program order. Parameters are the {@link IrStmt.Sample}
 * statements of the body (all at its top level), listed again in {@code parameters} in order.
 */
public record IrProgram(SourceFile source, List<Symbol> sizes, List<IrData> data, List<IrStmt.Sample> parameters,
        List<IrStmt> body) {}
