package org.ppl.compiler.signatures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.compiler.ast.Argument;
import org.ppl.compiler.diag.ArgumentDiagnostic;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.names.Suggestions;
import org.ppl.compiler.source.SourceSpan;

/**
 * Python's rules for binding call arguments to parameters: positional ones first, in order, then
 * keywords by name; a name bound twice, an unknown keyword, a positional argument after a keyword
 * one, too many positional arguments and a missing required parameter are each reported.
 */
public final class ArgumentMatcher {
    private ArgumentMatcher() {}

    /**
     * The arguments by parameter name (absent optional parameters are missing from the map), or
     * null when the call does not fit; every problem is reported.
     */
    public static Map<String, Argument> match(Signature sig, List<Argument> args, SourceSpan call, Diagnostics diagnostics) {
        Map<String, Argument> bound = new LinkedHashMap<>();
        List<String> positional = sig.positionalNames();
        boolean ok = true;
        boolean keywordSeen = false;
        int index = 0;
        for (Argument a : args) {
            if (!a.isKeyword()) {
                if (keywordSeen) {
                    diagnostics.report(new ArgumentDiagnostic.PositionalAfterKeyword(a.span()));
                    ok = false;
                } else if (index >= positional.size()) {
                    if (index == positional.size()) tooMany(sig, args, a, diagnostics);
                    ok = false;
                } else {
                    bound.put(positional.get(index), a);
                }
                index++;
                continue;
            }
            keywordSeen = true;
            if (!sig.names().contains(a.keyword())) {
                String near = Suggestions.nearest(a.keyword(), sig.names());
                diagnostics.report(new ArgumentDiagnostic.UnknownKeyword(a.keywordSpan(), sig.callee(), a.keyword(), near));
                ok = false;
            } else if (bound.containsKey(a.keyword())) {
                diagnostics.report(new ArgumentDiagnostic.DuplicateArgument(a.keywordSpan(), sig.callee(), a.keyword()));
                ok = false;
            } else {
                bound.put(a.keyword(), a);
            }
        }
        for (Param p : sig.params()) {
            if (p.required() && !bound.containsKey(p.name()) && ok) {
                diagnostics.report(new ArgumentDiagnostic.MissingArgument(call, sig.callee(), p.name()));
                ok = false;
            }
        }
        return ok ? bound : null;
    }

    /** Reports the first surplus positional argument; a keyword-only parameter gets its own message. */
    private static void tooMany(Signature sig, List<Argument> args, Argument first, Diagnostics diagnostics) {
        List<String> positional = sig.positionalNames();
        int given = (int) args.stream().filter(x -> !x.isKeyword()).count();
        Param keywordOnly = sig.params().stream().filter(Param::keywordOnly).findFirst().orElse(null);
        if (keywordOnly != null && positional.isEmpty()) {
            diagnostics.report(new ArgumentDiagnostic.KeywordOnly(first.span(), sig.callee(), keywordOnly.name()));
        } else {
            diagnostics.report(new ArgumentDiagnostic.TooManyArguments(first.span(), sig.callee(), positional, given));
        }
    }
}
