package org.ppl.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ppl.compiler.Compiler;
import org.ppl.compiler.source.SourceFile;
import org.ppl.compiler.source.SourceSpan;

class DiagnosticRendererTest {
    @Test
    void rendersLocationLineAndCaretsUnderTheCulprit() {
        SourceFile f = new SourceFile("m.ppl", "mu ~ Normal(0, 1)\ny ~ Normal(mu, scale)\n");
        Diagnostics d = new Diagnostics();
        Compiler.compile(f, d);
        assertEquals("m.ppl:2:16: error: unknown name 'scale'\n"
                + "    2 | y ~ Normal(mu, scale)\n"
                + "      |                ^^^^^\n", d.render());
    }

    @Test
    void keepsTabsSoCaretsStayAligned() {
        SourceFile f = new SourceFile("m.ppl", "\tx = 1\n");
        Diagnostic d = new NameDiagnostic.UnknownName(new SourceSpan(f, 1, 2), "x", null, null);
        assertEquals("m.ppl:1:2: error: unknown name 'x'\n    1 | \tx = 1\n      | \t^\n", DiagnosticRenderer.render(d));
    }

    @Test
    void anEmptySpanGetsOneCaretAndAllErrorsComeSortedByPosition() {
        SourceFile f = new SourceFile("m.ppl", "a = b\nc = d\n");
        Diagnostics d = new Diagnostics();
        d.report(new NameDiagnostic.UnknownName(new SourceSpan(f, 10, 11), "d", null, null));
        d.report(new NameDiagnostic.UnknownName(new SourceSpan(f, 4, 4), "b", null, null));
        assertEquals("m.ppl:1:5: error: unknown name 'b'\n    1 | a = b\n      |     ^\n\n"
                + "m.ppl:2:5: error: unknown name 'd'\n    2 | c = d\n      |     ^\n", d.render());
    }

    @Test
    void theEndOfAFileWithoutFinalNewlineIsShownAfterItsLastToken() {
        SourceFile f = new SourceFile("m.ppl", "x = (1 + 2");
        Diagnostics d = new Diagnostics();
        Compiler.compile(f, d);
        assertEquals("m.ppl:1:11: error: unexpected end of file; expected ')' or ','\n"
                + "    1 | x = (1 + 2\n"
                + "      |           ^\n", d.render());
    }
}
