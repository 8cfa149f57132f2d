package org.ppl.compiler.lower;

import java.util.List;
import org.ppl.ad.Node;
import org.ppl.gp.Latent;
import org.ppl.gp.Marginal;
import org.ppl.gp.MarginalApprox;
import org.ppl.gp.cov.Covariance;
import org.ppl.gp.mean.MeanFunction;

/** What an IR expression lowers to: a node of the tape, or one of the other kinds of value the language has. */
sealed interface Value {
    /** A number or an array: a node (a constant when it depends on data only). */
    record Tensor(Node node) implements Value {}

    record Tuple(List<Value> items) implements Value {}

    /** An option string ({@code approx="VFE"}). */
    record Text(String text) implements Value {}

    record Cov(Covariance cov) implements Value {}

    record Mean(MeanFunction mean) implements Value {}

    record MarginalGp(Marginal gp) implements Value {}

    record SparseGp(MarginalApprox gp) implements Value {}

    record LatentGp(Latent gp) implements Value {}

    record Dist(DistValue dist) implements Value {}

    /**
     * A value known only after sampling: a draw of a GP conditional, a GP prediction, or anything
     * computed from one. The log density cannot use it; the predictive step computes it per draw.
     * {@code origin} names it for messages ("'fs', a draw of g.conditional(Xs)").
     */
    record Deferred(String origin) implements Value {}
}
