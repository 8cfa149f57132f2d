package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ppl.compiler.ir.Constraint;
import org.ppl.compiler.ir.IrData;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.compiler.ir.IrStmt;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.types.Shapes;

/**
 * The four models of LANGUAGE.md compile, and their IR says what the language page says of them:
 * the parameters with their shapes and constraints, the data, and the observed terms.
 */
class BundledModelsTest {

    private static IrProgram ir(String name) {
        return Sources.compileClean(Sources.model(name)).ir();
    }

    /** Parameter name to "shape constraint", e.g. {@code "(N, Q) Unconstrained"}. */
    private static Map<String, String> parameters(IrProgram p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IrStmt.Sample s : p.parameters()) {
            out.put(s.parameter().name(), Shapes.spell(s.type().dims()) + " " + s.constraint().getClass().getSimpleName());
        }
        return out;
    }

    private static Map<String, String> data(IrProgram p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IrData d : p.data()) out.put(d.symbol().name(), d.type().elem().spelling + Shapes.spell(d.type().dims()));
        return out;
    }

    private static List<IrStmt.Observe> observed(IrProgram p) {
        return p.body().stream().filter(s -> s instanceof IrStmt.Observe).map(s -> (IrStmt.Observe) s).toList();
    }

    @Test
    void gplvm() {
        IrProgram p = ir("gplvm");
        assertEquals(List.of("N", "P"), p.sizes().stream().map(Symbol::name).toList());
        assertEquals(Map.of("Y", "real(N, P)", "Q", "int()"), data(p));
        assertEquals(Map.of("X", "(N, Q) Unconstrained", "ls", "(Q,) Positive", "eta", "() Positive", "sigma", "() Positive"),
                parameters(p));
        IrStmt.Observe y = observed(p).get(0);
        assertEquals(1, observed(p).size());
        IrExpr.GpMarginalLikelihood ml = assertInstanceOf(IrExpr.GpMarginalLikelihood.class, y.distribution());
        assertEquals("Y", ((IrExpr.Ref) y.value()).symbol().name());
        assertEquals("X", ((IrExpr.Ref) ml.x()).symbol().name());
        assertEquals("sigma", ((IrExpr.Ref) ml.noise()).symbol().name());
        IrData q = p.data().get(1);
        assertEquals(2.0, ((IrExpr.Constant) q.defaultValue()).value());
    }

    @Test
    void ppca() {
        IrProgram p = ir("ppca");
        assertEquals(Map.of("W", "(P, Q) Unconstrained", "X", "(N, Q) Unconstrained", "sigma", "() Positive"), parameters(p));
        IrExpr.Distribution normal = assertInstanceOf(IrExpr.Distribution.class, observed(p).get(0).distribution());
        assertEquals("Normal", normal.signature().name());
        assertEquals("[N, P]", ((org.ppl.compiler.types.Type.Tensor) normal.args().get(0).type()).dims().toString());
    }

    @Test
    void sparseGp() {
        IrProgram p = ir("sparse_gp");
        assertEquals(List.of("N", "M"), p.sizes().stream().map(Symbol::name).toList());
        assertEquals(Map.of("ls", "() Positive", "eta", "() Positive", "sigma", "() Positive"), parameters(p));
        IrExpr.GpMarginalLikelihood ml = assertInstanceOf(IrExpr.GpMarginalLikelihood.class, observed(p).get(0).distribution());
        assertEquals("Xu", ((IrExpr.Ref) ml.xu()).symbol().name());
        IrStmt.Assign f = (IrStmt.Assign) p.body().get(3);
        IrExpr.GpObject object = assertInstanceOf(IrExpr.GpObject.class, f.value());
        assertEquals("VFE", object.approx());
    }

    @Test
    void eightSchools() {
        IrProgram p = ir("eight_schools");
        assertTrue(p.sizes().isEmpty(), "J is declared data, not a size taken from a shape");
        assertEquals(Map.of("J", "int()", "y", "real(J,)", "sigma", "real(J,)"), data(p));
        assertEquals(Map.of("mu", "() Unconstrained", "tau", "() Positive", "theta_raw", "(J,) Unconstrained"), parameters(p));
        assertEquals(0.0, ((IrExpr.Constant) p.data().get(2).lower()).value());
        IrStmt.Save theta = (IrStmt.Save) p.body().stream().filter(s -> s instanceof IrStmt.Save).findFirst().orElseThrow();
        assertEquals("real(J,)", org.ppl.compiler.ir.IrPrinter.type(theta.value().type()));
        assertInstanceOf(Constraint.Positive.class, p.parameters().get(1).constraint());
    }
}
