package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

/** Every operation evaluates and differentiates without allocating, once built. */
class NoAllocationTest {
    @Test
    void forwardAndBackwardAllocateNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counting is not available");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "allocation counting is off");

        Tape t = new Tape();
        Node m = t.variable(Shape.matrix(3, 4));
        Node v = t.variable(Shape.vector(4));
        Node s = t.variable(Shape.SCALAR);
        for (int i = 0; i < 12; i++) m.value[i] = 0.1 + 0.05 * i;
        for (int i = 0; i < 4; i++) v.value[i] = 0.2 + 0.1 * i;
        s.value[0] = 0.7;
        List<Node> terms = new ArrayList<>();
        for (String name : Builtins.unaryNames()) terms.add(t.push(Builtins.unary(name, m)));
        for (String name : Builtins.binaryNames()) terms.add(t.push(Builtins.binary(name, m, v)));
        terms.add(t.push(new Pow(m, t.constant(2.0))));
        terms.add(t.push(new Pow(s, v)));
        for (String name : Builtins.axisNames()) {
            terms.add(t.push(Builtins.alongAxis(name, m, null)));
            terms.add(t.push(Builtins.alongAxis(name, m, 0)));
        }
        terms.add(t.push(new Dot(v, v)));
        terms.add(t.push(new Where(t.push(new Compare(Comparison.GT, m, s)), m, v)));
        terms.add(t.push(Index.of(m, List.of(new IndexSpec.Take(new int[] {2, 0, 2}), new IndexSpec.Slice(1, null, 2)))));
        terms.add(t.push(Index.of(m, List.of(new IndexSpec.At(1)))));
        terms.add(t.push(Reshape.of(m, 2, -1)));
        terms.add(t.push(Stack.of(List.of(m, m), 1)));
        terms.add(t.push(Concatenate.of(List.of(m, m), 1)));
        terms.add(t.push(new BroadcastTo(v, Shape.of(2, 3, 4))));
        Node total = t.push(new Sum(terms.toArray(new Node[0])));

        Runnable evaluate = () -> {
            t.forward();
            t.zeroAdjoints();
            total.adjoint[0] = 1;
            t.backward();
        };
        for (int i = 0; i < 2_000; i++) evaluate.run();
        // A steady allocation shows in every window; a one-off event of the JVM (a deoptimisation,
        // a late class initialisation) in one only, so the quietest window is the measure.
        long quietest = Long.MAX_VALUE;
        long thread = Thread.currentThread().getId();
        for (int window = 0; window < 5; window++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < 200; i++) evaluate.run();
            quietest = Math.min(quietest, threads.getThreadAllocatedBytes(thread) - before);
        }
        assertEquals(0, quietest, "bytes allocated by 200 evaluations");
    }
}
