package org.ppl.model;

/**
 * Builds a model's program on a fresh {@link ModelBuilder}. A definition is immutable and may be
 * run many times: once per thread, each run giving a model with its own buffers.
 */
@FunctionalInterface
public interface ModelDefinition {
    void define(ModelBuilder builder);
}
