package org.ppl.compiler.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DimTest {
    private static final Dim N = Dim.symbol("N");
    private static final Dim J = Dim.symbol("J");
    private static final Dim Q = Dim.symbol("Q");

    @Test
    void polynomialsNormaliseAndPrintHighestDegreeFirst() {
        assertEquals("J + 1", J.plus(Dim.of(1)).toString());
        assertEquals("N*Q + 2*N - 1", N.times(Q).plus(N).plus(N).minus(Dim.of(1)).toString());
        assertEquals(J, J.plus(Dim.of(1)).minus(Dim.of(1)));
        assertEquals(N.times(Q), Q.times(N));
        assertEquals("0", J.minus(J).toString());
    }

    @Test
    void sizesDifferProvablyOnlyByAConstantOfOneSign() {
        assertTrue(J.plus(Dim.of(1)).provablyDifferent(J));
        assertTrue(Dim.of(3).provablyDifferent(Dim.of(2)));
        assertTrue(J.plus(N).plus(Dim.of(1)).provablyDifferent(Dim.of(0)), "sizes are never negative");
        assertFalse(N.provablyDifferent(Q), "N and P may be bound to one number");
        assertFalse(N.times(Dim.of(2)).provablyDifferent(N.times(Dim.of(3))), "both are 0 when N is 0");
        assertFalse(J.minus(Dim.of(1)).provablyDifferent(Dim.of(0)), "J may be 1");
        assertFalse(J.provablyDifferent(J));
    }

    @Test
    void evaluatesOnceBound() {
        Dim d = N.times(Q).plus(Dim.of(2));
        assertEquals(152, d.evaluate(Map.of("N", 50L, "Q", 3L)).getAsLong());
        assertTrue(d.evaluate(Map.of("N", 50L)).isEmpty());
        assertEquals(List.of("N", "Q"), d.atoms());
    }

    @Test
    void broadcastingFollowsNumpy() {
        assertEquals(List.of(N, Q), Shapes.broadcast(List.of(N, Dim.of(1)), List.of(Q)));
        assertEquals(List.of(N, Q), Shapes.broadcast(List.of(), List.of(N, Q)));
        assertEquals(null, Shapes.broadcast(List.of(J.plus(Dim.of(1))), List.of(J)));
        assertTrue(Shapes.broadcastsTo(List.of(Q), List.of(N, Q)));
        assertFalse(Shapes.broadcastsTo(List.of(N, Q), List.of(Q)));
        assertEquals("(J,)", Shapes.spell(List.of(J)));
        assertEquals("()", Shapes.spell(List.of()));
    }
}
