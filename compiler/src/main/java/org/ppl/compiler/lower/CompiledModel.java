package org.ppl.compiler.lower;

import org.ppl.compiler.bind.BoundData;
import org.ppl.compiler.ir.IrProgram;
import org.ppl.model.ModelBuilder;
import org.ppl.model.ModelDefinition;
import org.ppl.model.TapeModel;

/**
 * A checked program bound to its data, as a {@link ModelDefinition}: each run lowers the program
 * onto a fresh builder. It holds only immutable things (the IR, the bound data), so one instance
 * serves every chain; {@code TapeModel.of(definition)} gives each its own tape and buffers.
 */
public final class CompiledModel implements ModelDefinition {
    /** A model built from the definition, with what its lowering recorded (for the predictive step). */
    public record Instance(TapeModel model, Lowered lowered) {}

    private final IrProgram ir;
    private final BoundData data;

    public CompiledModel(IrProgram ir, BoundData data) {
        this.ir = ir;
        this.data = data;
    }

    public IrProgram ir() {
        return ir;
    }

    public BoundData data() {
        return data;
    }

    @Override
    public void define(ModelBuilder builder) {
        ProgramLowering.lower(ir, data, builder);
    }

    /**
     * A fresh model and its record: the observed terms with their distributions and argument
     * nodes, the GP conditionals and predictions prepared on that model's nodes. (The model's
     * {@code copy()} rebuilds from this definition; instantiate again for another record.)
     *
     * @throws LoweringError for a located user error (which loading has already reported)
     */
    public Instance instantiate() {
        return instantiate(LoweringMode.MODEL);
    }

    /** As {@link #instantiate()}, built as the model or as the predictive step's build ({@link LoweringMode}). */
    public Instance instantiate(LoweringMode mode) {
        Lowered[] lowered = new Lowered[1];
        TapeModel model = TapeModel.of(new Recording(this, mode, lowered));
        return new Instance(model, lowered[0]);
    }

    /** Runs the definition and keeps what the lowering recorded. */
    private record Recording(CompiledModel model, LoweringMode mode, Lowered[] out) implements ModelDefinition {
        @Override
        public void define(ModelBuilder builder) {
            out[0] = ProgramLowering.lower(model.ir, model.data, builder, mode);
        }
    }
}
