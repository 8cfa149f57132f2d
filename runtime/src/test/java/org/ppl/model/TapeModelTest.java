package org.ppl.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ops.Add;
import org.ppl.ad.ops.Mul;

class TapeModelTest {
    /** log p(x, y) = -(x^2 + x*y^2)... a made-up density, checked against its formula. */
    private static final ModelDefinition TOY = b -> {
        Node x = b.parameter("x", Shape.SCALAR);
        Node y = b.parameter("y", Shape.matrix(2, 2));
        Node minusOne = b.tape().constant(-1.0);
        b.addTarget(b.tape().push(new Mul(minusOne, b.tape().push(new Mul(x, x)))));
        b.addTarget(b.tape().push(new Mul(minusOne, b.tape().push(new Mul(x, b.tape().push(new Mul(y, y)))))));
        b.save("z", b.tape().push(new Add(x, y)));
    };

    @Test
    void densityGradientNamesAndConstrain() {
        TapeModel m = TapeModel.of(TOY);
        assertEquals(5, m.dimension());
        assertEquals(List.of("x", "y.1.1", "y.1.2", "y.2.1", "y.2.2", "z.1.1", "z.1.2", "z.2.1", "z.2.2"),
                m.constrainedNames());
        double[] theta = {0.5, 1, 2, 3, 4};
        double sumSq = 1 + 4 + 9 + 16;
        double expected = -(0.25 + 0.5 * sumSq);
        assertEquals(expected, m.logDensity(theta), 1e-14);
        double[] grad = new double[5];
        assertEquals(expected, m.logDensityGradient(theta, grad), 1e-14);
        assertArrayEquals(new double[] {-(1.0 + sumSq), -1, -2, -3, -4}, grad, 1e-14);
        double[] c = m.constrain(theta);
        assertArrayEquals(new double[] {0.5, 1, 2, 3, 4, 1.5, 2.5, 3.5, 4.5}, c, 0);
        assertArrayEquals(theta, m.unconstrain(c), 0);
    }

    @Test
    void copiesAreIndependent() {
        TapeModel a = TapeModel.of(TOY);
        Model b = a.copy();
        double[] t1 = {0.5, 1, 2, 3, 4};
        double[] t2 = {1.0, 0, 0, 0, 0};
        double l1 = a.logDensity(t1);
        assertEquals(-1.0, b.logDensity(t2), 0);
        assertEquals(l1, a.logDensity(t1), 0);
    }
}
