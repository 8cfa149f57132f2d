package org.ppl.compiler.diag;

import org.ppl.compiler.source.SourceSpan;

/** Errors of the text's form, found while parsing and while building the syntax tree. */
public sealed interface SyntaxDiagnostic extends Diagnostic {

    /** The parser met {@code found} where only {@code expected} (words, e.g. "an expression or ')'") fits. */
    record UnexpectedToken(SourceSpan span, String found, String expected) implements SyntaxDiagnostic {
        public String message() {
            return expected.isEmpty() ? "unexpected " + found : "unexpected " + found + "; expected " + expected;
        }
    }

    record UnterminatedString(SourceSpan span) implements SyntaxDiagnostic {
        public String message() {
            return "unterminated string; close it with the quote it opens with, on the same line";
        }
    }

    /** A line indented less than its block but more than the block it returns to. */
    record InconsistentIndentation(SourceSpan span) implements SyntaxDiagnostic {
        public String message() {
            return "this indentation matches no enclosing block";
        }
    }

    record ChainedComparison(SourceSpan span) implements SyntaxDiagnostic {
        public String message() {
            return "comparisons cannot be chained; write (a < b) and (b < c)";
        }
    }

    record UnknownType(SourceSpan span, String name, String suggestion) implements SyntaxDiagnostic {
        public String message() {
            return "unknown type '" + name + "'" + Diagnostic.suggestion(suggestion)
                    + (suggestion == null ? "; the types are int, real, vector[n], matrix[n, m], int[n], real[n] and array[k] T" : "");
        }
    }

    /** A type written with the wrong number of sizes, e.g. {@code vector} or {@code matrix[N]}. */
    record MalformedType(SourceSpan span, String name, String form) implements SyntaxDiagnostic {
        public String message() {
            return "'" + name + "' is written " + form;
        }
    }

    /** Something other than a name where only a name may stand. */
    record BadTarget(SourceSpan span, Construct construct) implements SyntaxDiagnostic {
        /** Where a name was required. */
        public enum Construct {
            ASSIGNMENT("cannot assign to this; the left of '=' must be a name, or names separated by commas"),
            AUGMENTED("cannot assign to this; the left of an augmented assignment must be a name"),
            TILDE("the left of '~' must be one value, not several"),
            KEYWORD("a keyword argument is written name=value");

            final String message;

            Construct(String message) {
                this.message = message;
            }
        }

        public String message() {
            return construct.message;
        }
    }

    /** A statement in a place where it has no meaning, e.g. {@code return} outside a function. */
    record MisplacedStatement(SourceSpan span, String statement, String place) implements SyntaxDiagnostic {
        public String message() {
            return statement + " cannot appear " + place;
        }
    }

    /** A data declaration option other than lower= and upper=. */
    record BadBound(SourceSpan span, String problem) implements SyntaxDiagnostic {
        public String message() {
            return problem;
        }
    }
}
