package org.ppl.compiler.predict;

import java.util.random.RandomGenerator;
import org.ppl.compiler.lower.GpPrediction;
import org.ppl.gp.Prediction;

/**
 * A GP marginal likelihood's term after sampling: y_rep drawn from the GP's posterior at the
 * observed inputs, noise included (mean + (K_** - Aᵀ A + σ² I)^½ z for each column). This is the
 * replicate the same model gives when f is sampled explicitly (y_rep ~ Normal(f, σ) with f from its
 * posterior), so the check does not depend on f having been integrated out.
 */
final class ConditionalReplicate implements Replicate {
    private final GpPrediction.Source source;
    private final int size;

    ConditionalReplicate(GpPrediction.Source source, int size) {
        this.source = source;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean discrete() {
        return false;
    }

    @Override
    public void draw(RandomGenerator rng, double[] out, int offset) {
        Prediction p = source.predict();
        System.arraycopy(p.draw(rng), 0, out, offset, size);
    }
}
