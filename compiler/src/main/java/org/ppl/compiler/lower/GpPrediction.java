package org.ppl.compiler.lower;

import java.util.List;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.gp.Prediction;

/**
 * A GP conditional or prediction of the model, prepared when the program is built, for the
 * predictive step: {@code fs ~ g.conditional(Xs)} ({@link Kind#DRAW}, one name) or
 * {@code m, v = g.predict(Xs)} ({@link Kind#MOMENTS}, the names unpacked, possibly none when the
 * tuple is kept whole). {@link Source#predict} computes it at the model's current values, after
 * a forward sweep of the model at a draw.
 */
public record GpPrediction(Kind kind, List<String> names, Source source, SourceSpan span) {
    public enum Kind {
        DRAW, MOMENTS
    }

    /** The predictive mean and (co)variance at the model's current values. */
    @FunctionalInterface
    public interface Source {
        Prediction predict();
    }
}
