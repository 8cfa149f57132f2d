package org.ppl.compiler.lower;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ppl.ad.Tape;
import org.ppl.compiler.names.Symbol;

/**
 * The state of one lowering run: the tape being recorded, the value of every symbol so far (a
 * local reassigned in an unrolled loop has its latest value), what each GP object was conditioned
 * on (the runtime's MarginalLikelihood, SparseMarginalLikelihood or LatentPrior record), and the
 * GP conditionals and predictions met. One run builds one tape; nothing here outlives it.
 */
final class LoweringContext {
    final Tape tape;
    final Map<Symbol, Value> env = new IdentityHashMap<>();
    final Map<Symbol, Object> conditioned = new IdentityHashMap<>();
    final List<GpPrediction> predictions = new ArrayList<>();
    /** Whether GP conditionals and predictions become inputs of the tape ({@link LoweringMode#PREDICTIVE}). */
    final boolean predictive;

    LoweringContext(Tape tape) {
        this(tape, false);
    }

    LoweringContext(Tape tape, boolean predictive) {
        this.tape = tape;
        this.predictive = predictive;
    }
}
