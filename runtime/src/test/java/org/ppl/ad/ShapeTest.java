package org.ppl.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShapeTest {
    @Test
    void broadcastFollowsNumpy() {
        assertEquals(Shape.matrix(3, 4), Shape.broadcast(Shape.vector(4), Shape.matrix(3, 4)));
        assertEquals(Shape.matrix(3, 4), Shape.broadcast(Shape.matrix(3, 1), Shape.vector(4)));
        assertEquals(Shape.vector(5), Shape.broadcast(Shape.SCALAR, Shape.vector(5)));
        assertEquals(Shape.of(2, 3, 4), Shape.broadcast(Shape.of(2, 1, 4), Shape.matrix(3, 1)));
    }

    @Test
    void incompatibleShapesNameBoth() {
        ShapeException e = assertThrows(ShapeException.class,
                () -> Shape.broadcast(Shape.vector(3), Shape.vector(4)));
        assertEquals("shapes (3,) and (4,) do not broadcast", e.getMessage());
    }

    @Test
    void spelledAsNumpy() {
        assertEquals("()", Shape.SCALAR.toString());
        assertEquals("(3,)", Shape.vector(3).toString());
        assertEquals("(3, 4)", Shape.matrix(3, 4).toString());
    }

    @Test
    void indexMapRepeatsAlongBroadcastAxes() {
        // (3,1) -> (3,2): rows repeat their single element
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, Broadcast.indexMap(Shape.matrix(3, 1), Shape.matrix(3, 2)));
        // (2,) -> (3,2): the vector is each row
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1}, Broadcast.indexMap(Shape.vector(2), Shape.matrix(3, 2)));
        // (2,1,2) -> (2,3,2)
        assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1, 2, 3, 2, 3, 2, 3},
                Broadcast.indexMap(Shape.of(2, 1, 2), Shape.of(2, 3, 2)));
    }
}
