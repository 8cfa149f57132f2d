package org.ppl.compiler.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of one compilation. Passes report into it and never print; the caller
 * (the command line, the REPL, a test) owns it and renders what it holds. The same error found
 * twice (a function body inlined at two calls) is kept once.
 */
public final class Diagnostics {
    private final Set<Diagnostic> reported = new LinkedHashSet<>();

    public void report(Diagnostic d) {
        reported.add(d);
    }

    public boolean hasErrors() {
        return !reported.isEmpty();
    }

    public int count() {
        return reported.size();
    }

    /** Every diagnostic, sorted by position in the source. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(reported);
        all.sort(Comparator.comparing(Diagnostic::span, Comparator.nullsFirst(Comparator.naturalOrder())));
        return all;
    }

    /** Forgets everything reported (the REPL reuses one collector per snippet). */
    public void clear() {
        reported.clear();
    }

    /** All diagnostics rendered, sorted by position, separated by blank lines. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : sorted()) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(DiagnosticRenderer.render(d));
        }
        return sb.toString();
    }
}
