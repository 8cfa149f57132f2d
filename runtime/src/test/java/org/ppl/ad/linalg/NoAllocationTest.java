package org.ppl.ad.linalg;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.linalg.TriangularSolve.Form;
import org.ppl.ad.ops.Sum;

/** Forward and backward sweeps through every matrix operation allocate nothing once warmed up. */
class NoAllocationTest {
    @Test
    void steadyStateSweepsDoNotAllocate() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counter unavailable");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "allocation counter unavailable");

        int n = 40;
        Random r = new Random(1);
        Tape t = new Tape();
        Node s = t.variable(Shape.matrix(n, n));
        Node b = t.variable(Shape.matrix(n, 3));
        Node v = t.variable(Shape.vector(n));
        System.arraycopy(Checks.spd(n, r), 0, s.value, 0, n * n);
        System.arraycopy(Checks.gaussian(3 * n, r), 0, b.value, 0, 3 * n);
        System.arraycopy(Checks.gaussian(n, r), 0, v.value, 0, n);
        Node a = Checks.symmetric(t, s);
        Node l = t.push(new Cholesky(a));
        Node bt = t.push(new MatrixTranspose(b));
        Node[] terms = {
            t.push(new LogDetFromCholesky(l)), t.push(new InverseQuadraticForm(l, b)), t.push(new LogDeterminant(a)),
            t.push(new Trace(t.push(new TriangularSolve(Form.LOWER, l, b)))), t.push(new Sum(t.push(new TriangularSolve(Form.LOWER_TRANSPOSED, l, v)))),
            t.push(new Sum(t.push(new TriangularSolve(Form.RIGHT_LOWER, l, bt)))),
            t.push(new Sum(t.push(new TriangularSolve(Form.RIGHT_LOWER_TRANSPOSED, l, v)))),
            t.push(new Sum(t.push(new SpdSolve(a, b)))), t.push(new TraceInverseProduct(a, s)), t.push(new QuadraticForm(a, v)),
            t.push(new Trace(t.push(new QuadraticForm(a, b)))), t.push(new Sum(t.push(new LowerTimesTranspose(l)))),
            t.push(new Sum(t.push(new Diag(t.push(new MatMul(bt, t.push(new MatMul(a, b)))))))), t.push(new MatMul(v, t.push(new MatMul(a, v)))),
            t.push(new Sum(t.push(new Diag(v))))
        };
        Node total = t.push(new Sum(terms));

        for (int i = 0; i < 200; i++) sweep(t, total);
        // A single allocation per sweep would cost at least 16 bytes each time; the JVM itself may
        // account a few bytes once (deoptimisation, class loading), hence the bound rather than zero.
        int sweeps = 200;
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < sweeps; i++) sweep(t, total);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(allocated < 16L * sweeps, allocated + " bytes allocated by " + sweeps + " forward and backward sweeps");
    }

    private static void sweep(Tape t, Node total) {
        t.forward();
        t.zeroAdjoints();
        total.adjoint[0] = 1.0;
        t.backward();
    }
}
