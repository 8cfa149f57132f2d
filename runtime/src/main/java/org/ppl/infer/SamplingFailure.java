package org.ppl.infer;

/**
 * A sampler cannot go on: no step size makes sense (an improper or discontinuous posterior), or
 * warmup met values so extreme that the metric estimate overflowed. The message says which.
 */
public final class SamplingFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SamplingFailure(String message) {
        super(message);
    }
}
