package org.ppl.cli.fit;

import org.ppl.cli.UserError;
import org.ppl.compiler.LatentInput;
import org.ppl.infer.DensityPoint;
import org.ppl.infer.Initialisation;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * Where an optimisation or ADVI starts, on the unconstrained scale: Stan's random point
 * (uniform(−2, 2) in every coordinate), or that point with a latent parameter replaced by the
 * unit-variance principal components of the data behind it ({@code --init pca}).
 */
public final class StartingPoint {
    private StartingPoint() {}

    public static double[] random(Model model, RandomStream rng) {
        return Initialisation.random(model, rng, Initialisation.DEFAULT_RADIUS).position();
    }

    /** The random point with {@code latent}'s parameter set to the PCA of its data. */
    public static double[] pca(Model model, RandomStream rng, LatentInput latent) {
        double[] theta = random(model, rng);
        double[] values = java.util.Arrays.copyOf(model.constrain(theta), model.parameterSize());
        int offset = 0;
        Variable target = null;
        for (Variable v : model.variables()) {
            if (v.kind() != Variable.Kind.PARAMETER) continue;
            if (v.name().equals(latent.parameter())) {
                target = v;
                break;
            }
            offset += v.shape().size();
        }
        if (target == null) {
            throw new UserError("ppl: --init pca: the model has no parameter " + latent.parameter());
        }
        if (target.shape().rank() != 2 || target.shape().dim(0) != latent.rows()) {
            throw new UserError("ppl: --init pca: " + latent.parameter() + " has shape " + target.shape()
                    + ", not (" + latent.rows() + ", Q) as the rows of " + latent.data() + " need");
        }
        int q = target.shape().dim(1);
        double[] scores = PrincipalComponents.scores(latent.values(), latent.rows(), latent.columns(), q);
        for (int k = 0; k < q; k++) {
            if (allZero(scores, q, k)) continue; // beyond the rank of the data: keep the random start
            for (int i = 0; i < latent.rows(); i++) values[offset + i * q + k] = scores[i * q + k];
        }
        DensityPoint p = Initialisation.fromValues(model, values);
        return p.position();
    }

    private static boolean allZero(double[] m, int columns, int k) {
        for (int i = k; i < m.length; i += columns) if (m[i] != 0) return false;
        return true;
    }
}
