package org.ppl.compiler.predict;

import java.util.random.RandomGenerator;

/**
 * A fresh value of one observed term, drawn from the term's distribution at the current values of
 * the build it was made on (after a forward sweep at a draw of the parameters).
 */
interface Replicate {
    /** The number of values a draw has (the observed value's size). */
    int size();

    /** Whether the values are integers (a discrete distribution). */
    boolean discrete();

    /** Writes one draw into {@code out[offset ..]}. */
    void draw(RandomGenerator rng, double[] out, int offset);
}
