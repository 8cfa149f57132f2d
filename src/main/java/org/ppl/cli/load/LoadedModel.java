package org.ppl.cli.load;

import java.util.Optional;
import org.ppl.compiler.LatentInput;
import java.util.function.Supplier;
import org.ppl.model.Model;
import org.ppl.model.ModelDefinition;
import org.ppl.model.TapeModel;

/**
 * A model ready to run: what every command that needs a model receives from {@link ModelLoading}.
 *
 * @param name the model's name (the file name without {@code .ppl}, or the bundled name); names
 *     the output folder and the {@code model} line of Stan CSV headers
 * @param models makes a fresh {@link Model} on each call (one per command; samplers copy it per
 *     chain)
 * @param dataDescription where the data came from, for file headers ({@code iris.csv}); empty if
 *     none
 * @param checkReport what the compiler's check says of the model (parameters and shapes), if any
 * @param latent the observed data a latent parameter stands behind (the GP-LVM's X behind Y),
 *     which {@code ppl fit --init pca} starts from, if the model has one
 */
public record LoadedModel(String name, Supplier<Model> models, String dataDescription, Optional<String> checkReport,
        Optional<LatentInput> latent) {

    /** A model written by hand against the runtime, with no check report and no latent input. */
    public static LoadedModel of(String name, ModelDefinition definition) {
        return new LoadedModel(name, () -> TapeModel.of(definition), "", Optional.empty(), Optional.empty());
    }

    /** The same model with a latent input. */
    public LoadedModel withLatent(LatentInput input) {
        return new LoadedModel(name, models, dataDescription, checkReport, Optional.of(input));
    }

    /** A fresh model instance. */
    public Model newModel() {
        return models.get();
    }
}
