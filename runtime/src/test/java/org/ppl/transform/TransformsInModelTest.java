package org.ppl.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Add;
import org.ppl.ad.ops.Mul;
import org.ppl.dist.Support;
import org.ppl.model.ModelDefinition;
import org.ppl.model.TapeModel;

/** Transforms inside a model: bounds that depend on another parameter, and no allocation per evaluation. */
class TransformsInModelTest {
    /** The parameters of GARCH(1,1): alpha1 ~ Uniform(0, 1); beta1 ~ Uniform(0, 1 - alpha1); no density. */
    private static final ModelDefinition BOUNDS = b -> {
        Tape t = b.tape();
        Node alpha1 = b.parameter("alpha1", Shape.SCALAR, new Interval(t.constant(0.0), t.constant(1.0)));
        Node oneMinus = t.push(new Add(t.constant(1.0), t.push(new Mul(t.constant(-1.0), alpha1))));
        b.parameter("beta1", Shape.SCALAR, new Interval(t.constant(0.0), oneMinus));
    };

    /** The bounds above, then one parameter of every other transform. */
    private static final ModelDefinition GARCH_LIKE = b -> {
        BOUNDS.define(b);
        b.parameter("p", Shape.vector(3), new Simplex());
        b.parameter("c", Shape.vector(3), new Ordered());
        b.parameter("L", Shape.matrix(3, 3), new CholeskyCorrelation());
        b.parameter("S", Shape.matrix(2, 2), new CholeskyCovariance());
    };

    private static double logistic(double y) {
        return 1 / (1 + Math.exp(-y));
    }

    @Test
    void aBoundThatDependsOnAParameterGetsTheJacobianGradient() {
        TapeModel m = TapeModel.of(GARCH_LIKE);
        assertEquals(1 + 1 + 2 + 3 + 3 + 3, m.dimension());
        Random r = new Random(5);
        double[] theta = new double[m.dimension()];
        for (int i = 0; i < theta.length; i++) theta[i] = r.nextGaussian();
        double a = logistic(theta[0]), s = logistic(theta[1]);
        double[] constrained = m.constrain(theta);
        assertEquals(a, constrained[0], 1e-15);
        assertEquals((1 - a) * s, constrained[1], 1e-15);
        double logJ1 = Math.log(a * (1 - a)), logJ2 = Math.log((1 - a) * s * (1 - s));
        assertEquals(logJ1 + logJ2, TapeModel.of(BOUNDS).logDensity(Arrays.copyOf(theta, 2)), 1e-14);
        assertEquals(0.0, m.logDensity(theta, false), 0);
        double[] grad = new double[theta.length];
        m.logDensityGradient(theta, grad);
        for (int i = 0; i < theta.length; i++) {
            double h = 1e-5;
            double[] p = theta.clone(), q = theta.clone();
            p[i] += h;
            q[i] -= h;
            double fd = (m.logDensity(p) - m.logDensity(q)) / (2 * h);
            assertEquals(fd, grad[i], 1e-7, "coordinate " + m.unconstrainedNames().get(i));
        }
        // d logJ2 / d theta0 = d log(1 - a) / d theta0 = -a: the bound's share of the gradient.
        assertEquals(1 - 2 * a - a, grad[0], 1e-12);
        double[] back = m.unconstrain(Arrays.copyOf(constrained, m.parameterSize()));
        for (int i = 0; i < theta.length; i++) assertEquals(theta[i], back[i], 1e-9, m.unconstrainedNames().get(i));
    }

    @Test
    void unconstrainNamesTheParameterAndUsesTheCurrentBounds() {
        TapeModel m = TapeModel.of(GARCH_LIKE);
        double[] values = new double[m.parameterSize()];
        values[0] = 0.6;
        values[1] = 0.5;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.unconstrain(values));
        assertEquals("beta1: value is 0.5, outside (0, 0.4)", e.getMessage());
    }

    @Test
    void forwardAndBackwardAllocateNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter in this JVM");
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(counter.isThreadAllocatedMemorySupported(), "no allocation counter in this JVM");
        TapeModel m = TapeModel.of(GARCH_LIKE);
        double[] theta = new double[m.dimension()], grad = new double[m.dimension()];
        for (int i = 0; i < 20_000; i++) m.logDensityGradient(theta, grad);
        long thread = Thread.currentThread().getId();
        long before = counter.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 10_000; i++) {
            theta[i % theta.length] = 0.001 * (i % 7);
            m.logDensityGradient(theta, grad);
        }
        long allocated = counter.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 10_000, "allocated " + allocated + " bytes in 10000 evaluations");
    }

    @Test
    void transformsFollowTheSupport() {
        Tape t = new Tape();
        assertNull(Transforms.forSupport(Support.REAL, t));
        assertInstanceOf(LowerBound.class, Transforms.forSupport(Support.POSITIVE, t));
        Interval unit = (Interval) Transforms.forSupport(Support.UNIT_INTERVAL, t);
        assertEquals(1.0, unit.upper().scalar());
        Node lo = t.constant(-2.0), hi = t.constant(3.0);
        Interval uniform = (Interval) Transforms.forSupport(Support.ARGUMENT_INTERVAL, t, lo, hi);
        assertEquals(lo, uniform.lower());
        assertInstanceOf(Simplex.class, Transforms.forSupport(Support.SIMPLEX, t));
        assertInstanceOf(CholeskyCorrelation.class, Transforms.forSupport(Support.CORRELATION_CHOLESKY, t));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transforms.forSupport(Support.BINARY, t));
        assertEquals("a parameter cannot have the discrete support BINARY", e.getMessage());
    }
}
