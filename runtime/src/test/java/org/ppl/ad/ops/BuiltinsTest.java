package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Op;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

class BuiltinsTest {
    @Test
    void everyNameBuildsItsOperation() {
        Tape t = new Tape();
        Node a = t.variable(Shape.matrix(2, 3));
        Node b = t.variable(Shape.vector(3));
        for (String name : Builtins.unaryNames()) {
            Op op = Builtins.unary(name, a);
            assertNotNull(op, name);
            assertEquals(a.shape, op.out().shape);
        }
        for (String name : Builtins.binaryNames()) {
            Op op = Builtins.binary(name, a, b);
            assertEquals(a.shape, op.out().shape, name);
            assertEquals(name, op.name());
        }
        for (String name : Builtins.axisNames()) {
            assertNotNull(Builtins.alongAxis(name, a, null), name);
            assertNotNull(Builtins.alongAxis(name, a, -1), name);
        }
        assertNull(Builtins.unary("sum", a));
        assertNull(Builtins.binary("exp", a, b));
        assertNull(Builtins.alongAxis("exp", a, 0));
    }

    @Test
    void namesMapToTheRightFunctions() {
        Tape t = new Tape();
        Node a = t.constant(Shape.vector(3), 1, 2, 3);
        Node b = t.constant(2.0);
        assertEquals(Math.exp(2), t.push(Builtins.unary("exp", b)).value[0]);
        assertEquals(9.0, t.push(Builtins.binary("pow", t.constant(3.0), b)).value[0]);
        assertEquals(1.0, t.push(Builtins.binary("gt", t.constant(3.0), b)).value[0]);
        assertEquals(Shape.SCALAR, t.push(Builtins.alongAxis("sum", a, null)).shape);
        assertEquals(6.0, t.push(Builtins.alongAxis("prod", a, 0)).value[0]);
        assertEquals(3.0, t.push(Builtins.alongAxis("max", a, null)).value[0]);
        assertEquals(2.0 / 3, t.push(Builtins.alongAxis("var", a, null)).value[0], 1e-15);
        assertEquals(Shape.vector(3), t.push(Builtins.alongAxis("cumsum", a, null)).shape);
    }
}
