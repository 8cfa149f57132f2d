package org.ppl.compiler.syntax;

import java.util.ArrayList;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.ppl.compiler.ast.Program;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.source.SourceFile;
import org.ppl.grammar.PplIndentingLexer;
import org.ppl.grammar.PplParser;

/**
 * Text to syntax tree: the only door to ANTLR. Parses in ANTLR's fast SLL mode first and falls
 * back to full LL (with a report of every broken statement) only when SLL fails, which for this
 * grammar happens only on text with syntax errors.
 */
public final class ModelParser {
    private ModelParser() {}

    /**
     * The program of {@code source}, or empty when it has syntax errors (all reported into
     * {@code diagnostics}). Errors found while building the tree (an unknown type name, a chained
     * comparison) are reported too; the tree is still returned then.
     */
    public static Optional<Program> parse(SourceFile source, Diagnostics diagnostics) {
        PplParser.ProgramContext tree = parseTree(source, diagnostics);
        if (tree == null) return Optional.empty();
        return Optional.of(new AstBuilder(source, diagnostics).program(tree));
    }

    /** The raw parse tree, or null after reporting syntax errors. */
    static PplParser.ProgramContext parseTree(SourceFile source, Diagnostics diagnostics) {
        PplIndentingLexer lexer = new PplIndentingLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        PplParser parser = new PplParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.program();
        } catch (ParseCancellationException sllFailed) {
            tokens.fill();
            return new EveryStatementError(source, diagnostics).parse(new ArrayList<>(tokens.getTokens()));
        }
    }
}
