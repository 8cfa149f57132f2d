package org.ppl.compiler.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.ppl.grammar.PplParser;

/**
 * Words for tokens in syntax errors: what was found ("name 'y'", "end of line") and what was
 * expected, with ANTLR's expected-token sets folded into what a person thinks of ("an expression",
 * "a statement", "')'").
 */
final class TokenWords {
    private static final Vocabulary VOCABULARY = PplParser.VOCABULARY;
    private static final int[] EXPRESSION_START = {
        PplParser.NAME, PplParser.NUMBER, PplParser.STRING, PplParser.TRUE, PplParser.FALSE, PplParser.LPAREN,
        PplParser.LBRACKET, PplParser.MINUS, PplParser.PLUS, PplParser.NOT, PplParser.NONE, PplParser.ELLIPSIS
    };
    private static final int[] STATEMENT_KEYWORDS = {
        PplParser.DATA, PplParser.SAVE, PplParser.TARGET, PplParser.RETURN, PplParser.FOR, PplParser.IF, PplParser.DEF
    };
    /** Tokens that continue an expression: binary operators and the starts of calls, subscripts, attributes. */
    private static final int[] CONTINUATIONS = {
        PplParser.PLUS, PplParser.MINUS, PplParser.STAR, PplParser.SLASH, PplParser.DSLASH, PplParser.PERCENT,
        PplParser.AT, PplParser.POWER, PplParser.LT, PplParser.LE, PplParser.GT, PplParser.GE, PplParser.EQ,
        PplParser.NE, PplParser.AND, PplParser.OR, PplParser.LPAREN, PplParser.LBRACKET, PplParser.DOT,
        PplParser.PLUS_ASSIGN, PplParser.MINUS_ASSIGN, PplParser.STAR_ASSIGN, PplParser.SLASH_ASSIGN
    };

    private TokenWords() {}

    /** What the parser met, in words. */
    static String found(Token t) {
        switch (t.getType()) {
            case Token.EOF:
                return "end of file";
            case PplParser.NEWLINE:
                return "end of line";
            case PplParser.INDENT:
                return "indentation";
            case PplParser.DEDENT:
                return "end of the indented block";
            case PplParser.NAME:
                return "name '" + t.getText() + "'";
            case PplParser.NUMBER:
                return "number " + t.getText();
            case PplParser.STRING:
                return "string " + t.getText();
            case PplParser.BAD_CHARACTER:
                return "character '" + t.getText() + "'";
            default:
                String literal = VOCABULARY.getLiteralName(t.getType());
                if (literal != null && Character.isLetter(literal.charAt(1))) return "keyword " + literal;
                return literal != null ? literal : "'" + t.getText() + "'";
        }
    }

    /** What the parser could have accepted, in words, or "" when nothing useful can be said. */
    static String expected(IntervalSet set) {
        List<String> words = new ArrayList<>();
        IntervalSet rest = new IntervalSet(set);
        if (containsAll(set, STATEMENT_KEYWORDS)) {
            words.add("a statement");
            removeAll(rest, STATEMENT_KEYWORDS);
            removeAll(rest, EXPRESSION_START);
        } else if (set.contains(PplParser.NAME) && set.contains(PplParser.NUMBER)) {
            words.add("an expression");
            removeAll(rest, EXPRESSION_START);
        } else if (set.contains(PplParser.NUMBER) && set.contains(PplParser.TRUE)) {
            words.add("a literal (a number, True, False or a list of them)");
            removeAll(rest, EXPRESSION_START);
        }
        IntervalSet structural = new IntervalSet(rest);
        removeAll(structural, CONTINUATIONS);
        // After the left side of a statement, a comma (unpacking) is a side road: name = and ~.
        if (structural.contains(PplParser.ASSIGN) && structural.contains(PplParser.TILDE)) structural.remove(PplParser.COMMA);
        if (structural.isNil() && !rest.isNil() && words.isEmpty()) return "an operator";
        for (int type : structural.toList()) words.add(expectedWord(type));
        return join(words);
    }

    private static String expectedWord(int type) {
        switch (type) {
            case Token.EOF:
                return "end of file";
            case PplParser.NEWLINE:
                return "end of line";
            case PplParser.INDENT:
                return "an indented block";
            case PplParser.DEDENT:
                return "the end of the indented block";
            case PplParser.NAME:
                return "a name";
            case PplParser.NUMBER:
                return "a number";
            case PplParser.STRING:
                return "a string";
            default:
                String literal = VOCABULARY.getLiteralName(type);
                return literal != null ? literal : VOCABULARY.getDisplayName(type);
        }
    }

    private static String join(List<String> words) {
        if (words.size() <= 1) return words.isEmpty() ? "" : words.get(0);
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static boolean containsAll(IntervalSet set, int[] types) {
        for (int t : types) if (!set.contains(t)) return false;
        return true;
    }

    private static void removeAll(IntervalSet set, int[] types) {
        for (int t : types) set.remove(t);
    }
}
