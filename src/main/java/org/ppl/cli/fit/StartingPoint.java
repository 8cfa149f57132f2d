package org.ppl.cli.fit;

import java.util.Map;
import org.ppl.cli.UserError;
import org.ppl.compiler.LatentInput;
import org.ppl.gp.lvm.LatentStart;
import org.ppl.infer.Initialisation;
import org.ppl.infer.RandomStream;
import org.ppl.model.Model;

/**
 * Where an optimisation or ADVI starts, on the unconstrained scale: Stan's random point
 * (uniform(-2, 2) in every coordinate), or, for a model with a latent input ({@code --init pca}),
 * the latent parameter at the unit-variance principal components of the data behind it and every
 * other parameter at its zero-initialisation value (GPy's start; see {@link LatentStart}).
 */
public final class StartingPoint {
    private StartingPoint() {}

    public static double[] random(Model model, RandomStream rng) {
        return Initialisation.random(model, rng, Initialisation.DEFAULT_RADIUS).position();
    }

    /** The PCA start of {@code latent}'s parameter. */
    public static double[] pca(Model model, RandomStream rng, LatentInput latent) {
        return pca(model, rng, latent, Map.of());
    }

    /** The PCA start of {@code latent}'s parameter, with the parameters in {@code given} at their values. */
    public static double[] pca(Model model, RandomStream rng, LatentInput latent, Map<String, double[]> given) {
        try {
            return LatentStart.pca(model, latent.parameter(), latent.values(), latent.rows(), latent.columns(), given,
                    rng);
        } catch (IllegalArgumentException e) {
            throw new UserError("ppl: --init pca: " + e.getMessage());
        }
    }

    /** The parameters in {@code given} at their values, every other at its zero-initialisation value. */
    public static double[] given(Model model, Map<String, double[]> given) {
        try {
            return LatentStart.of(model, given);
        } catch (IllegalArgumentException e) {
            throw new UserError("ppl: --init: " + e.getMessage());
        }
    }
}
