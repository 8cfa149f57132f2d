package org.ppl.compiler;

import java.util.List;
import org.ppl.compiler.lower.CompiledModel;
import org.ppl.model.ModelDefinition;
import org.ppl.model.TapeModel;

/**
 * A model compiled and bound to its data, ready to sample: its name (the file's, without
 * {@code .ppl}), the {@link ModelDefinition} (immutable and shareable across threads), a fresh
 * {@link TapeModel} per call, the report {@code ppl check} prints, and the GP latent inputs to
 * initialise from the data's principal components.
 */
public final class LoadedModel {
    private final String name;
    private final CompiledModel definition;
    private final ModelReport report;
    private final List<LatentInput> latentInputs;

    LoadedModel(String name, CompiledModel definition, ModelReport report, List<LatentInput> latentInputs) {
        this.name = name;
        this.definition = definition;
        this.report = report;
        this.latentInputs = List.copyOf(latentInputs);
    }

    public String name() {
        return name;
    }

    public ModelDefinition definition() {
        return definition;
    }

    /** A new model with its own tape and buffers (one per chain or thread). */
    public TapeModel newModel() {
        return TapeModel.of(definition);
    }

    public ModelReport report() {
        return report;
    }

    /** Each GP marginal likelihood with a parameter as inputs and data as its observed value, in program order. */
    public List<LatentInput> latentInputs() {
        return latentInputs;
    }

    /** The definition with what the predictive step needs: the IR, the bound data, and {@link CompiledModel#instantiate}. */
    public CompiledModel compiled() {
        return definition;
    }
}
