package org.ppl.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.ppl.grammar.PplIndentingLexer;
import org.ppl.grammar.PplParser;

/** The layout tokens Python's rules give, token by token. */
class LayoutTest {
    private static String layout(String text) {
        PplIndentingLexer lexer = new PplIndentingLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            switch (t.getType()) {
                case PplParser.NEWLINE: out.add("NL"); break;
                case PplParser.INDENT: out.add("IN"); break;
                case PplParser.DEDENT: out.add("DE"); break;
                case PplParser.BAD_INDENT: out.add("BAD"); break;
                default: out.add(t.getText());
            }
        }
        return String.join(" ", out);
    }

    @Test
    void blocksOpenAndCloseWithIndentation() {
        assertEquals("if a : NL IN x NL if b : NL IN y NL DE DE z NL", layout("if a:\n  x\n  if b:\n      y\nz\n"));
    }

    @Test
    void theEndOfTheFileClosesLineAndBlocks() {
        assertEquals("for i : NL IN x NL DE", layout("for i:\n    x"));
    }

    @Test
    void blankAndCommentLinesAndBracketsDoNotEndLines() {
        assertEquals("x = ( 1 , 2 ) NL y NL", layout("\n# c\nx = (1,\n\n   2)  # t\n\n    # indented comment\ny\n"));
    }

    @Test
    void aTabAdvancesToTheNextMultipleOfEight() {
        assertEquals("if a : NL IN x NL y NL DE", layout("if a:\n\tx\n        y\n"));
    }

    @Test
    void aDedentToNoOpenLevelIsMarked() {
        assertEquals("if a : NL IN x NL DE BAD y NL DE", layout("if a:\n    x\n  y\n"));
    }

    @Test
    void aFirstLineIndentedOpensABlockTheParserRejects() {
        assertEquals("IN x NL DE", layout("  x\n"));
    }
}
