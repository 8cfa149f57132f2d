package org.ppl.compiler.syntax;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.ppl.compiler.source.SourceFile;
import org.ppl.grammar.PplIndentingLexer;
import org.ppl.grammar.PplParser;

/** Test helper: how the grammar behaves on a text (SLL alone, ambiguities). */
final class GrammarProbe {
    private GrammarProbe() {}

    static boolean parsesWithSllAlone(SourceFile source) {
        PplParser parser = parser(source);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            parser.program();
            return true;
        } catch (ParseCancellationException e) {
            return false;
        }
    }

    /** Every ambiguity and full-context attempt ANTLR reports while parsing with exact detection. */
    static List<String> ambiguities(SourceFile source) {
        PplParser parser = parser(source);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL_EXACT_AMBIG_DETECTION);
        List<String> found = new ArrayList<>();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void reportAmbiguity(Parser p, DFA dfa, int start, int stop, boolean exact, BitSet alts, ATNConfigSet configs) {
                found.add("ambiguity in " + p.getRuleNames()[dfa.atnStartState.ruleIndex] + " at " + start);
            }

            @Override
            public void reportAttemptingFullContext(Parser p, DFA dfa, int start, int stop, BitSet alts, ATNConfigSet configs) {
                found.add("full context in " + p.getRuleNames()[dfa.atnStartState.ruleIndex] + " at " + start);
            }
        });
        parser.program();
        return found;
    }

    private static PplParser parser(SourceFile source) {
        PplIndentingLexer lexer = new PplIndentingLexer(CharStreams.fromString(source.text()));
        lexer.removeErrorListeners();
        PplParser parser = new PplParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        return parser;
    }
}
