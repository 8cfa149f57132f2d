package org.ppl.examples;

import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.ad.ops.Add;
import org.ppl.ad.ops.Mul;
import org.ppl.dist.Distribution;
import org.ppl.dist.Distributions;
import org.ppl.model.ModelBuilder;
import org.ppl.model.ModelDefinition;
import org.ppl.transform.LowerBound;

/**
 * Eight schools, non-centred (Rubin 1981), written by hand against the runtime: what a Java user
 * writes without the language, and the reference the compiled {@code eight_schools.ppl} must equal.
 *
 * <pre>
 * mu ~ Normal(0, 5); tau ~ HalfCauchy(5); theta_raw ~ Normal(0, 1, shape=J)
 * theta = mu + tau * theta_raw; y ~ Normal(theta, sigma)
 * </pre>
 */
public final class EightSchools implements ModelDefinition {
    /** The classic data (Gelman et al., BDA, table 5.2). */
    public static final double[] Y = {28, 8, -3, 7, -1, 1, 18, 12};

    public static final double[] SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};

    private final double[] y;
    private final double[] sigma;

    public EightSchools() {
        this(Y, SIGMA);
    }

    public EightSchools(double[] y, double[] sigma) {
        if (y.length != sigma.length) throw new IllegalArgumentException("y and sigma differ in length");
        this.y = y.clone();
        this.sigma = sigma.clone();
    }

    @Override
    public void define(ModelBuilder b) {
        Tape t = b.tape();
        int j = y.length;
        Distribution normal = Distributions.lookup("Normal", java.util.Set.of());
        Distribution halfCauchy = Distributions.lookup("HalfCauchy", java.util.Set.of());
        Node mu = b.parameter("mu", Shape.SCALAR);
        Node tau = b.parameter("tau", Shape.SCALAR, new LowerBound(t.constant(0)));
        Node raw = b.parameter("theta_raw", Shape.vector(j));
        b.addTarget(normal.logDensity(t, mu, t.constant(0), t.constant(5)));
        b.addTarget(halfCauchy.logDensity(t, tau, t.constant(5)));
        b.addTarget(normal.logDensity(t, raw, t.constant(0), t.constant(1)));
        Node theta = t.push(new Add(mu, t.push(new Mul(tau, raw))));
        b.save("theta", theta);
        b.addTarget(normal.logDensity(t, t.constant(Shape.vector(j), y), theta, t.constant(Shape.vector(j), sigma)));
    }
}
