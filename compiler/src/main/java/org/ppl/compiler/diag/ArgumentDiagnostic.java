package org.ppl.compiler.diag;

import java.util.List;
import org.ppl.compiler.source.SourceSpan;

/** Errors in calling a function, distribution, covariance, GP object or method. */
public sealed interface ArgumentDiagnostic extends Diagnostic {

    record TooManyArguments(SourceSpan span, String callee, List<String> positional, int given) implements ArgumentDiagnostic {
        public String message() {
            String takes = positional.isEmpty() ? "no positional arguments"
                    : "at most " + positional.size() + " positional argument" + (positional.size() == 1 ? "" : "s")
                            + " (" + String.join(", ", positional) + ")";
            return callee + " takes " + takes + ", got " + given;
        }
    }

    record UnknownKeyword(SourceSpan span, String callee, String keyword, String suggestion) implements ArgumentDiagnostic {
        public String message() {
            return callee + " has no argument '" + keyword + "'" + Diagnostic.suggestion(suggestion);
        }
    }

    record DuplicateArgument(SourceSpan span, String callee, String name) implements ArgumentDiagnostic {
        public String message() {
            return callee + ": argument '" + name + "' is given twice";
        }
    }

    record MissingArgument(SourceSpan span, String callee, String name) implements ArgumentDiagnostic {
        public String message() {
            return callee + ": missing argument '" + name + "'";
        }
    }

    record PositionalAfterKeyword(SourceSpan span) implements ArgumentDiagnostic {
        public String message() {
            return "a positional argument cannot follow a keyword argument";
        }
    }

    record KeywordOnly(SourceSpan span, String callee, String name) implements ArgumentDiagnostic {
        public String message() {
            return callee + " takes '" + name + "' by keyword only: write " + name + "=...";
        }
    }

    /** A literal argument outside the values its parameter allows. */
    record OutOfDomain(SourceSpan span, String callee, String name, String requirement, String value) implements ArgumentDiagnostic {
        public String message() {
            return callee + ": " + name + " must be " + requirement + ", got " + value;
        }
    }

    /** A string option that is not one of the allowed ones. */
    record UnknownOption(SourceSpan span, String callee, String name, String value, List<String> allowed) implements ArgumentDiagnostic {
        public String message() {
            return callee + ": " + name + " must be one of " + String.join(", ", allowed.stream().map(s -> "\"" + s + "\"").toList())
                    + ", got \"" + value + "\"";
        }
    }

    /** A call of something that is not a function, e.g. a matrix. */
    record NotCallable(SourceSpan span, String what) implements ArgumentDiagnostic {
        public String message() {
            return what + " cannot be called";
        }
    }

    /** A distribution used as a value, or a value where a distribution is needed. */
    record NotADistribution(SourceSpan span, String actual) implements ArgumentDiagnostic {
        public String message() {
            return "the right side of '~' must be a distribution, not " + actual;
        }
    }
}
