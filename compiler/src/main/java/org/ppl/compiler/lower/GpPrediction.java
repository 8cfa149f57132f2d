package org.ppl.compiler.lower;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.gp.Prediction;

/**
 * A GP conditional or prediction of the model, prepared when the program is built, for the
 * predictive step: {@code fs ~ g.conditional(Xs)} ({@link Kind#DRAW}, one name) or
 * {@code m, v = g.predict(Xs)} ({@link Kind#MOMENTS}, the names unpacked, possibly none when the
 * tuple is kept whole). {@link Source#predict} computes it at the model's current values, after
 * a forward sweep of the model at a draw. In the {@link LoweringMode#PREDICTIVE} build,
 * {@code inputs} are the nodes the program reads it from (the draw; or the mean and the
 * variance), to be filled by the predictive step; in the model they are empty.
 */
public record GpPrediction(Kind kind, List<String> names, Source source, SourceSpan span, List<Node> inputs) {
    public enum Kind {
        DRAW, MOMENTS
    }

    /** The predictive mean and (co)variance at the model's current values. */
    @FunctionalInterface
    public interface Source {
        Prediction predict();
    }
}
