package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/**
 * Each distribution's operation, once built, evaluates and differentiates without allocating: a
 * thousand forward and backward sweeps over a tape holding one of each allocate (next to) nothing
 * on this thread.
 */
class NoAllocationTest {
    @Test
    void forwardAndBackwardAllocateNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "thread allocation counter unavailable");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "thread allocation counter unsupported");
        threads.setThreadAllocatedMemoryEnabled(true);

        Tape tape = new Tape();
        Random random = new Random(4);
        Node sigma = variable(tape, Shape.SCALAR, 1.3);
        Node x = variable(tape, Shape.vector(6), 0.4);
        Node positive = variable(tape, Shape.vector(6), 1.2);
        Node unit = variable(tape, Shape.vector(6), 0.3);
        Node counts = tape.constant(Shape.vector(6), 0, 1, 3, 2, 0, 1);
        Node binary = tape.constant(Shape.vector(6), 0, 1, 1, 0, 0, 1);
        String[] scalarOnReals = {"Normal", "Cauchy", "Laplace"};
        for (String name : scalarOnReals) Harness.dist(name).logDensity(tape, x, sigma, sigma);
        for (String name : new String[] {"HalfNormal", "HalfCauchy", "Exponential"}) {
            Harness.dist(name).logDensity(tape, positive, sigma);
        }
        for (String name : new String[] {"LogNormal"}) Harness.dist(name).logDensity(tape, positive, x, sigma);
        for (String name : new String[] {"Gamma", "InverseGamma", "Weibull", "Beta"}) {
            Harness.dist(name).logDensity(tape, name.equals("Beta") ? unit : positive, positive, sigma);
        }
        Harness.dist("StudentT").logDensity(tape, x, positive, x, sigma);
        Harness.dist("HalfStudentT").logDensity(tape, positive, positive, sigma);
        Harness.dist("Uniform").logDensity(tape, unit, tape.constant(0), variable(tape, Shape.SCALAR, 2));
        Harness.dist("Bernoulli", "p").logDensity(tape, binary, unit);
        Harness.dist("Bernoulli", "logit_p").logDensity(tape, binary, x);
        Harness.dist("Binomial", "p").logDensity(tape, counts, tape.constant(5), unit);
        Harness.dist("Binomial", "logit_p").logDensity(tape, counts, tape.constant(5), x);
        Harness.dist("Poisson").logDensity(tape, counts, positive);
        Harness.dist("NegativeBinomial").logDensity(tape, counts, positive, sigma);
        Harness.dist("Categorical", "p").logDensity(tape, tape.constant(Shape.vector(3), 0, 2, 1), variable(tape, Shape.vector(3), 0.4));
        Harness.dist("Categorical", "logit_p").logDensity(tape, tape.constant(Shape.vector(2), 0, 2), variable(tape, Shape.matrix(2, 3), 0.1));
        Node cov = tape.variable(Shape.matrix(3, 3));
        System.arraycopy(MvNormalTest.spd(random, 3), 0, cov.value, 0, 9);
        Node rows = variable(tape, Shape.matrix(4, 3), 0.2);
        Harness.dist("MvNormal", "cov").logDensity(tape, rows, variable(tape, Shape.vector(3), 0.1), cov);
        Node chol = tape.variable(Shape.matrix(3, 3));
        System.arraycopy(MvNormalTest.choleskyOf(cov.value, 3), 0, chol.value, 0, 9);
        Harness.dist("MvNormal", "chol").logDensity(tape, rows, variable(tape, Shape.vector(3), 0.1), chol);
        Harness.dist("Dirichlet").logDensity(tape, variable(tape, Shape.vector(4), 0.25), variable(tape, Shape.vector(4), 1.5));
        Node identity = tape.variable(Shape.matrix(3, 3));
        identity.value[0] = identity.value[4] = identity.value[8] = 1;
        Harness.dist("LKJCholeskyCorr").logDensity(tape, identity, tape.constant(3), sigma);
        Harness.dist("Flat").logDensity(tape, x);
        Harness.dist("HalfFlat").logDensity(tape, positive);

        Node[] outputs = tape.operations().stream().map(org.ppl.ad.Op::out).toArray(Node[]::new);
        for (int i = 0; i < 200; i++) sweep(tape, random, sigma, outputs);
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 1000; i++) sweep(tape, random, sigma, outputs);
        long after = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        // Less than a byte a sweep: nothing is allocated per evaluation (the odd object the runtime
        // itself makes once, while compiling, is tolerated).
        assertTrue(after - before < 1000, (after - before) + " bytes allocated by 1000 sweeps");
    }

    private static Node variable(Tape tape, Shape shape, double value) {
        Node n = tape.variable(shape);
        java.util.Arrays.fill(n.value, value);
        return n;
    }

    private static void sweep(Tape tape, Random random, Node sigma, Node[] outputs) {
        // A changing scale, so nothing is a kept constant; every output seeded so every backward runs.
        sigma.value[0] = 1.0 + 0.5 * random.nextDouble();
        tape.forward();
        tape.zeroAdjoints();
        for (Node out : outputs) {
            if (out.adjoint != null) out.adjoint[0] = 1;
        }
        tape.backward();
    }
}
