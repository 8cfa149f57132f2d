package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.ir.Constraint;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrPrinter;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.source.SourceFile;

/** Programs using every construct of LANGUAGE.md check, with the types NumPy and PyMC would give. */
class ValidProgramsTest {

    private static IrProgram ir(String name) {
        return Sources.compileClean(Sources.file(Sources.RESOURCES.resolve("valid/" + name + ".ppl"))).ir();
    }

    private static IrProgram irOf(String text) {
        return Sources.compileClean(new SourceFile("t.ppl", text)).ir();
    }

    /** The type of the value assigned to {@code name} by a top-level statement. */
    private static String typeOf(IrProgram p, String name) {
        for (IrStmt s : p.body()) {
            if (s instanceof IrStmt.Assign a && a.targets().size() == 1 && a.targets().get(0).name().equals(name)) {
                return IrPrinter.type(a.value().type());
            }
            if (s instanceof IrStmt.Save v && v.name().name().equals(name)) return IrPrinter.type(v.value().type());
        }
        throw new AssertionError("no assignment to " + name);
    }

    @Test
    void builtinsFollowNumpyShapes() {
        IrProgram p = ir("builtins");
        assertEquals("real(3,)", typeOf(p, "S"));
        assertEquals("real()", typeOf(p, "m"));
        assertEquals("real(3, 2)", typeOf(p, "z"));
        assertEquals("real(6,)", typeOf(p, "w"));
        assertEquals("real(3,)", typeOf(p, "e"));
        assertEquals("real(3, N)", typeOf(p, "r"));
        assertEquals("real(3, 3)", typeOf(p, "d"));
        assertEquals("real(N,)", typeOf(p, "col"));
        assertEquals("real(2, 3)", typeOf(p, "rows"));
        assertEquals("real()", typeOf(p, "last"));
        assertEquals("real(N, 1)", typeOf(p, "colv"));
        assertEquals("real(N,)", typeOf(p, "tail"));
        assertEquals("real(1, N, 3)", typeOf(p, "lead"));
        assertEquals("real()", typeOf(p, "total"));
        assertEquals("real(N, 3)", typeOf(p, "big"));
        assertEquals("real()", typeOf(p, "ld"));
    }

    @Test
    void supportsDecideConstraints() {
        IrProgram p = ir("builtins");
        List<String> constraints = p.parameters().stream().map(s -> s.parameter().name() + ":" + s.constraint().getClass().getSimpleName()).toList();
        assertEquals(List.of("p:UnitInterval", "theta:Simplex", "L:CorrelationCholesky", "mu:Unconstrained", "a:Interval",
                "b:Interval", "c:Ordered"), constraints);
        Constraint.Interval b = (Constraint.Interval) p.parameters().get(5).constraint();
        IrExpr.Apply upper = assertInstanceOf(IrExpr.Apply.class, b.upper());
        assertEquals(org.ppl.compiler.signatures.Builtin.SUBTRACT, upper.op());
        assertEquals("a", ((IrExpr.Ref) upper.args().get(1)).symbol().name());
    }

    @Test
    void functionsAreInlinedWithRenamedLocals() {
        IrProgram p = ir("loops");
        List<String> lets = p.body().stream().filter(s -> s instanceof IrStmt.Assign).map(s -> ((IrStmt.Assign) s).targets().get(0).name()).toList();
        assertEquals(List.of("line#1.a", "line#1.b", "line#1.t", "mu", "s"), lets);
        assertEquals("real(N,)", typeOf(p, "mu"));
        IrStmt.Loop loop = (IrStmt.Loop) p.body().stream().filter(s -> s instanceof IrStmt.Loop).findFirst().orElseThrow();
        assertInstanceOf(IrStmt.Branch.class, loop.body().get(1));
    }

    @Test
    void gpMethodsAreTypedAndConditioned() {
        IrProgram p = ir("gps");
        assertEquals("kernel[2]", typeOf(p, "k"));
        assertEquals("real(N, N)", typeOf(p, "Kxx"));
        assertEquals("real(N, M)", typeOf(p, "Kxs"));
        assertEquals("real(M,)", typeOf(p, "pred"));
        IrStmt.Sample fnew = p.parameters().get(p.parameters().size() - 1);
        IrExpr.GpConditional c = assertInstanceOf(IrExpr.GpConditional.class, fnew.distribution());
        assertEquals("f", ((IrExpr.Ref) c.given().observed()).symbol().name());
        assertInstanceOf(Constraint.Whitened.class, p.parameters().get(p.parameters().size() - 2).constraint());
    }

    @Test
    void aCarriedLocalKeepsItsValueAcrossIterations() {
        IrProgram p = irOf("data N: int\ns = 0.0\nfor i in range(N):\n    s = s * 0.5 + 1\nsave t = s\n");
        assertEquals("real()", typeOf(p, "t"));
    }

    @Test
    void namesAssignedInBothBranchesAreVisibleAfter() {
        IrProgram p = irOf("data flag: int\nif flag > 0:\n    v = 1.0\nelse:\n    v = 2.0\nsave w = v\n");
        assertEquals("real()", typeOf(p, "w"));
    }

    @Test
    void symbolicSizesCancel() {
        IrProgram p = irOf("data J: int\nx ~ Normal(0, 1, shape=J + 1)\ny = x[1:] + x[:J]\n");
        assertEquals("real(J,)", typeOf(p, "y"));
    }

    @Test
    void smallFormsOfTheReference() {
        IrProgram p = irOf("data k: int\ndata x: real (lower=0) = 1.5\ns = 1 + \\\n    2\nif k > 0: s = s + 1\n"
                + "else: s = 0\nkern = gp.ExpQuad(1, ls=1.0) + 1.0\nt = (s, x)\nsave u = t[1] * 2\n");
        assertEquals("int()", typeOf(p, "s"));
        assertEquals("kernel[1]", typeOf(p, "kern"));
        assertEquals("real()", typeOf(p, "u"));
    }

    @Test
    void userDiagnosticsAreCollectedNotThrown() {
        Diagnostics d = new Diagnostics();
        Compiler.Compilation c = Compiler.compile(new SourceFile("t.ppl", "x = y\nz = w\n"), d);
        assertEquals(2, d.count());
        assertTrue(!c.succeeded());
    }
}
