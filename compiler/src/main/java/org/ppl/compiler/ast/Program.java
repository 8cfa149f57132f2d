package org.ppl.compiler.ast;

import java.util.List;
import org.ppl.compiler.source.SourceFile;

/** A parsed model file: its statements in order. */
public record Program(SourceFile source, List<Stmt> statements) {}
